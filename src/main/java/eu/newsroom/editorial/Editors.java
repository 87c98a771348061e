package eu.newsroom.editorial;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** The editor behind a desk request: the signed-in user and the client address, for the audit log. */
final class Editors {

    private Editors() {
    }

    static Editor of(Principal principal, HttpServletRequest request) {
        return new Editor(principal.getName(), request.getRemoteAddr());
    }
}
