package eu.newsroom.account;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read under embargo. Accredited journalists (and every role above them) see published
 * items before their embargo ends; everyone else sees an item only once its embargo has passed.
 * Read queries ask for items whose embargo is lifted up to the instant this returns.
 */
@Component
public class EmbargoAccess {

    /** Far enough ahead to include any embargo, and still a valid PostgreSQL timestamp. */
    static final Instant EVERY_EMBARGO = Instant.parse("9999-12-31T00:00:00Z");

    private final Clock clock;
    private final RoleHierarchy roles;

    EmbargoAccess(Clock clock, RoleHierarchy roles) {
        this.clock = clock;
        this.roles = roles;
    }

    /** Embargoes lifted up to this instant are visible to the current reader. */
    public Instant liftedUpTo() {
        return isAccredited() ? EVERY_EMBARGO : clock.instant();
    }

    /** Whether the current reader is an accredited journalist or above. */
    public boolean isAccredited() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        return roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .anyMatch(authority -> Role.JOURNALIST.authority().equals(authority.getAuthority()));
    }

    public Clock clock() {
        return clock;
    }
}
