package eu.newsroom.web;

import eu.newsroom.shared.ActingUser;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A controller takes {@link ActingUser} as a parameter: the signed-in user and the client address the request came
 * from (behind a trusted proxy, the forwarded one: server.forward-headers-strategy), for the audit log and the
 * revisions. One place instead of each controller reading the principal and the address itself.
 */
final class ActingUserArgument implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ActingUser.class.equals(parameter.getParameterType());
    }

    @Override
    public ActingUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Principal principal = request.getUserPrincipal();
        return principal == null ? ActingUser.anonymous(request.getRemoteAddr())
                : new ActingUser(principal.getName(), request.getRemoteAddr());
    }
}
