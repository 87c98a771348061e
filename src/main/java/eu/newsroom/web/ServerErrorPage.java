package eu.newsroom.web;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for what Tomcat refuses before the application sees it (a request line with a raw {@code [}, an
 * encoded slash, a header over the limit, TRACE): the newsroom's page (its stylesheet, its header, the message in
 * the reader's language when Tomcat read the headers) or, under /api, its JSON error; in place of Tomcat's own
 * "HTTP Status 400" report. Errors the application answers itself never reach it (their page is already written).
 */
class ServerErrorPage extends ErrorReportValve {

    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private final MessageSource messages;
    private final String localeCookie;

    ServerErrorPage(MessageSource messages, String localeCookie) {
        this.messages = messages;
        this.localeCookie = localeCookie;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = locale(request);
        boolean api = api(request);
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Frame-Options", "DENY");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? json(status, locale) : page(status, locale));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response cannot take a body: nothing more to tell
        }
    }

    private String page(int status, Locale locale) {
        String lang = locale.getLanguage();
        String app = text("app.name", locale);
        String title = messages.getMessage("error." + status, null, text("error.title", locale), locale);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%d · %s</title>
                  <link rel="stylesheet" href="/css/newsroom.css">
                </head>
                <body>
                <header class="site-header">
                  <div class="wrap header-row">
                    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">◆</span><span>%s</span></a>
                  </div>
                </header>
                <main id="main" class="wrap" tabindex="-1">
                <section class="error-page">
                  <p class="error-code">%d</p>
                  <h1 class="page-title">%s</h1>
                  <p>%s</p>
                  <p><a href="/">%s</a></p>
                </section>
                </main>
                </body>
                </html>
                """.formatted(lang, status, escape(app), escape(app), status, escape(title), escape(detail(status, locale)),
                escape(text("error.back", locale)));
    }

    private String json(int status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        return "{\"timestamp\":\"" + Instant.now() + "\",\"status\":" + status + ",\"error\":\""
                + (known == null ? "Error" : known.getReasonPhrase()) + "\",\"message\":\""
                + detail(status, locale).replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private String detail(int status, Locale locale) {
        return messages.getMessage("error.detail." + status, null,
                text(status >= 500 ? "error.generic" : "error.detail.4xx", locale), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static boolean api(Request request) {
        try {
            String uri = request.getRequestURI();
            return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The interface language the reader chose (cookie) or their browser asks for, if Tomcat read the headers. */
    private Locale locale(Request request) {
        try {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (cookie.getName().equals(localeCookie)) {
                        Locale chosen = WebConfiguration.interfaceLocale(Locale.forLanguageTag(cookie.getValue()));
                        if (chosen != null) {
                            return chosen;
                        }
                    }
                }
            }
            if (request.getHeader("Accept-Language") != null) {
                for (Locale asked : Collections.list(request.getLocales())) {
                    Locale ui = WebConfiguration.interfaceLocale(asked);
                    if (ui != null) {
                        return ui;
                    }
                }
            }
        } catch (RuntimeException e) {
            // headers Tomcat could not read: the default language
        }
        return Locale.ENGLISH;
    }
}
