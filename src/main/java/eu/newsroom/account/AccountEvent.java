package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import java.util.Map;

/**
 * Something done to or with an account (invited, role changed, locked, signed in, ...), published so
 * that it lands in the audit log. {@code account} is the account concerned, {@code by} who did it.
 */
public record AccountEvent(String action, String account, ActingUser by, Map<String, Object> detail) {

    public AccountEvent {
        detail = Map.copyOf(detail);
    }
}
