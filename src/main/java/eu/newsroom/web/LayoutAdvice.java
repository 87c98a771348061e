package eu.newsroom.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: the interface languages and links to switch to each. */
@ControllerAdvice
class LayoutAdvice {

    /** A link to the current page in another interface language. */
    public record LanguageSwitch(String code, String name, String href, boolean current) {
    }

    @ModelAttribute("languageSwitches")
    List<LanguageSwitch> languageSwitches(HttpServletRequest request, Locale current) {
        // on an error page, switch the page that failed, not the internal /error address
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed != null ? failed.toString() : request.getRequestURI();
        String query = failed != null ? null : request.getQueryString();
        return WebConfiguration.UI_LOCALES.stream()
                .map(ui -> new LanguageSwitch(ui.getLanguage(), ui.getDisplayLanguage(ui),
                        UriComponentsBuilder.fromPath(path).query(query)
                                .replaceQueryParam("locale", ui.getLanguage()).build().toUriString(),
                        ui.getLanguage().equals(current.getLanguage())))
                .toList();
    }

    @ModelAttribute("pageLink")
    PageLink pageLink(HttpServletRequest request) {
        return new PageLink(request.getRequestURI(), request.getQueryString());
    }

    @ModelAttribute("uiLang")
    String uiLang(Locale current) {
        return current.getLanguage();
    }

    /** Which desk links the header shows; the server checks the roles again on every desk request. */
    public record DeskLinks(boolean editorial, boolean audit) {
    }

    @ModelAttribute("deskLinks")
    DeskLinks deskLinks(HttpServletRequest request) {
        boolean chief = request.isUserInRole("CHIEF_EDITOR");
        return new DeskLinks(chief || request.isUserInRole("EDITOR"), chief);
    }
}
