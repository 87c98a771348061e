package eu.newsroom.account;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import eu.newsroom.visibility.Audience;
import eu.newsroom.visibility.Visibility;

/**
 * Who may read under embargo. Accredited journalists (and every role above them) see published
 * items before their embargo ends; everyone else sees an item only once its embargo has passed.
 * Read queries ask for items whose embargo is lifted up to the instant this returns.
 */
@Component
public class EmbargoAccess {

    private final Clock clock;
    private final RoleHierarchy roles;

    EmbargoAccess(Clock clock, RoleHierarchy roles) {
        this.clock = clock;
        this.roles = roles;
    }

    /** Embargoes lifted up to this instant are visible to the current reader: what the read queries bind. */
    public Instant liftedUpTo() {
        return visibility().liftedUpTo();
    }

    /** What the current reader may see now. */
    public Visibility visibility() {
        return new Visibility(audience(), clock.instant());
    }

    /** Who the current reader is, from the signed-in account's roles (with the roles they include). */
    public Audience audience() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Audience.ANONYMOUS;
        }
        var reached = roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(authority -> authority.getAuthority()).toList();
        return reached.contains(Role.ANALYST.authority()) ? Audience.ANALYST
                : reached.contains(Role.JOURNALIST.authority()) ? Audience.JOURNALIST : Audience.ANONYMOUS;
    }

    /** Whether the current reader is an accredited journalist or above. */
    public boolean isAccredited() {
        return audience().seesEmbargoed();
    }

    public Clock clock() {
        return clock;
    }
}
