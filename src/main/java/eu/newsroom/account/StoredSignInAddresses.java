package eu.newsroom.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in addresses kept in PostgreSQL ({@code sign_in_address}), so that they survive a restart and every node of
 * a cluster knows them. An API script signs in with every call: an address is written at most once a day per node
 * (a small in-memory note of what was written), and read only while an account is being slowed.
 */
@Component
class StoredSignInAddresses implements SignInAddresses {

    private static final Logger log = LoggerFactory.getLogger(StoredSignInAddresses.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration rememberedFor;
    private final Cache<String, Boolean> written = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofDays(1)).build();

    StoredSignInAddresses(JdbcClient jdbc, Clock clock, LoginThrottleProperties limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rememberedFor = limits.knownAddressesFor();
    }

    @Override
    public boolean known(String username, String address) {
        if (username == null || address == null) {
            return false;
        }
        try {
            return jdbc.sql("""
                    select exists(select 1 from sign_in_address s join account a on a.id = s.account_id
                                  where a.username = ? and s.address = ? and s.last_signed_in_at > ?)""")
                    .params(username, address, utc(clock.instant().minus(rememberedFor))).query(Boolean.class).single();
        } catch (DataAccessException e) {
            // the database is away: the account-wide back-off applies as to anyone
            log.warn("Could not read the sign-in addresses of an account: {}", e.toString());
            return false;
        }
    }

    @Override
    public void signedIn(String username, String address) {
        if (username == null || address == null || written.getIfPresent(username + " " + address) != null) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into sign_in_address (account_id, address, last_signed_in_at)
                    select id, ?, ? from account where username = ?
                    on conflict (account_id, address) do update set last_signed_in_at = excluded.last_signed_in_at""")
                    .params(address, utc(clock.instant()), username).update();
            written.put(username + " " + address, Boolean.TRUE);
        } catch (DataAccessException e) {
            // a sign-in that succeeded is not refused for this; the address is written at the next one
            log.warn("Could not remember a sign-in address: {}", e.toString());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
