package eu.newsroom.alert;

import eu.newsroom.account.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which accounts' alerts may carry an item: every role once it is public; under embargo, the roles that reach the
 * accredited journalist's in the role hierarchy (the rule account.EmbargoAccess applies to pages).
 */
@Component
class Readers {

    private final List<String> all;
    private final List<String> accredited;

    Readers(RoleHierarchy hierarchy) {
        this.all = Arrays.stream(Role.values()).map(Role::name).toList();
        this.accredited = Arrays.stream(Role.values())
                .filter(role -> hierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority())))
                        .stream().anyMatch(a -> a.getAuthority().equals(Role.JOURNALIST.authority())))
                .map(Role::name).toList();
    }

    List<String> all() {
        return all;
    }

    List<String> accredited() {
        return accredited;
    }
}
