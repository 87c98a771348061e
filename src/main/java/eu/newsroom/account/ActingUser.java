package eu.newsroom.account;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who does an account action, and from which client address (behind a proxy: the forwarded one). */
public record ActingUser(String username, String clientAddress) {

    static ActingUser of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return new ActingUser(principal == null ? AccountEvent.ANONYMOUS : principal.getName(), request.getRemoteAddr());
    }
}
