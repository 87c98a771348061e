package eu.newsroom.account;

import eu.newsroom.account.AccountViews.SignedInUser;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout who is signed in (null for anonymous readers), from the session, without a query. */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("signedIn")
    SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(Role.values()).filter(role -> granted.contains(role.authority()))
                .max(Comparator.naturalOrder())
                .map(role -> new SignedInUser(authentication.getName(), role)).orElse(null);
    }
}
