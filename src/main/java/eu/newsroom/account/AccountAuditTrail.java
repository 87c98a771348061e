package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.editorial.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every account event to the audit log, in the transaction of the action that published it
 * (kept only if the action is), and adds the sign-ins, failed sign-ins and sign-outs. Successful
 * HTTP Basic sign-ins on the API are not recorded: each API call makes one.
 */
@Component
class AccountAuditTrail {

    private static final int MAX_NAME = 200;

    private final AuditLog audit;
    private final JsonMapper json;

    AccountAuditTrail(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @EventListener
    void record(AccountEvent event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("account", event.account());
        detail.putAll(event.detail());
        audit.record(event.by().username(), event.by().clientAddress(), event.action(), null, null,
                json.writeValueAsString(detail));
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        record(new AccountEvent("SIGNED_IN", who.getName(), new ActingUser(who.getName(), address(who)), Map.of()));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String attempted = attempt.getName() == null ? "" : attempt.getName();
        // the name is what was typed, not a verified identity: recorded as the account tried, by nobody
        record(new AccountEvent("SIGN_IN_FAILED", attempted.substring(0, Math.min(attempted.length(), MAX_NAME)),
                ActingUser.anonymous(address(attempt)),
                Map.of("reason", event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", ""))));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        record(new AccountEvent("SIGNED_OUT", who.getName(), new ActingUser(who.getName(), address(who)), Map.of()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
