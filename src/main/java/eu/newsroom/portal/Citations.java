package eu.newsroom.portal;

import eu.newsroom.web.PublicLinks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Citation lines for briefings and statements, dated the way the page dates things ("1 December
 * 2025", "1. Dezember 2025"), never in the US form a locale's default long date gives in English.
 */
@Component
class Citations {

    /** The publication's name is cited as it is registered, whatever the interface language. */
    private static final String PUBLICATION = "EU Defence Newsroom";

    /** A statement's words in a citation stop after this many characters. */
    private static final int WORDS = 300;

    private final MessageSource messages;
    private final PublicLinks links;

    Citations(MessageSource messages, PublicLinks links) {
        this.messages = messages;
        this.links = links;
    }

    /** The date as the page shows it. */
    String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(messages.getMessage("date.pattern", null, locale), locale));
    }

    /** "Title. Institution, Place, 1 December 2025. EU Defence Newsroom. https://…/briefings/slug" */
    String briefing(String title, String institution, String place, LocalDate date, String permalink, Locale locale) {
        StringBuilder citation = new StringBuilder(title).append(". ");
        if (institution != null) {
            citation.append(institution).append(", ");
        }
        if (place != null) {
            citation.append(place).append(", ");
        }
        return citation.append(date(date, locale)).append(". ").append(PUBLICATION)
                .append(". ").append(permalink).toString();
    }

    /**
     * "Kaja Kallas, High Representative: “…” (quote). In: Briefing title. Brussels, 1 December 2025.
     * EU Defence Newsroom. https://…/statements/slug"
     */
    String statement(Views.StatementView s, Locale locale) {
        StringBuilder citation = new StringBuilder(s.speaker().name());
        if (s.role() != null && !s.role().isBlank()) {
            citation.append(", ").append(s.role());
        }
        String words = s.text().length() > WORDS ? s.text().substring(0, WORDS).strip() + "…" : s.text();
        citation.append(": ").append(messages.getMessage("citation.words", new Object[] {words}, locale))
                .append(" (").append(messages.getMessage("statement." + s.kind(), null, locale)).append("). ")
                .append(messages.getMessage("citation.in", new Object[] {s.briefing().name()}, locale)).append(". ");
        if (s.place() != null && !s.place().isBlank()) {
            citation.append(s.place()).append(", ");
        }
        return citation.append(date(s.date(), locale)).append(". ").append(PUBLICATION)
                .append(". ").append(links.absolute(s.url())).toString();
    }
}
