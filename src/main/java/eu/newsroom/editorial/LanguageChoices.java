package eu.newsroom.editorial;

import eu.newsroom.shared.LanguageTags;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The languages the desk's language fields suggest (the EU's official languages and Ukrainian), each named
 * in the editor's language, so an editor picks "German" rather than recalls a BCP 47 tag; any other tag
 * (pt-BR) can still be typed.
 */
@ControllerAdvice(assignableTypes = {BriefingDeskController.class, StatementDeskController.class,
        DirectoryDeskController.class})
class LanguageChoices {

    private static final List<String> SUGGESTED = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
            "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "uk");

    @ModelAttribute("languageChoices")
    List<FormChoices.Choice> languageChoices(Locale locale) {
        return SUGGESTED.stream().map(code -> new FormChoices.Choice(code, LanguageTags.displayName(code, locale)))
                .toList();
    }
}
