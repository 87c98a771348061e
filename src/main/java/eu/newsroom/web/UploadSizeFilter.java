package eu.newsroom.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A file upload larger than the multipart limit gets 413 and says so, ahead of Spring Security. Without this,
 * Tomcat drops the oversized parts silently, the form's CSRF token goes with them, and the reader sees
 * "forbidden" for what was only a file too large.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadSizeFilter(DataSize maxRequestSize, MessageSource messages, LocaleResolver locales) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)
                && request.getContentLengthLong() > maxRequestBytes) {
            long megabytes = Math.max(1, maxRequestBytes / (1024 * 1024));
            // marks the request's multipart as failed, so the error page's dispatch does not try to read it again
            // (Spring's DispatcherServlet skips a request whose error is a MultipartException) and can render
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MaxUploadSizeExceededException(maxRequestBytes));
            ErrorAnswer.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    messages.getMessage("error.upload.tooLarge", new Object[] {megabytes}, locales.resolveLocale(request)));
            return;
        }
        chain.doFilter(request, response);
    }
}
