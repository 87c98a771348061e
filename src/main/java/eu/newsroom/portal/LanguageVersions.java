package eu.newsroom.portal;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.statement.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One entry per item however many language versions it has: the version in the reader's language
 * where there is one (else the first listed), the others as "also in". A statement's versions are
 * the statements at the same position of the language versions of one briefing.
 */
final class LanguageVersions {

    /** The version shown and the other versions of the same item, in the order listed. */
    record Chosen<T>(T shown, List<T> others) {
    }

    private LanguageVersions() {
    }

    static List<Chosen<Statement>> statements(List<Statement> statements, Locale reader) {
        return oneEach(statements, s -> group(s.getBriefing()) + "#" + s.getPosition(), Statement::getLang, reader);
    }

    static List<Chosen<Briefing>> briefings(List<Briefing> briefings, Locale reader) {
        return oneEach(briefings, LanguageVersions::group, Briefing::getLang, reader);
    }

    /** A version link for "also in": the language's code, its name in the reader's language and the address. */
    static Views.Version version(String lang, String url, Locale reader) {
        return new Views.Version(lang, LanguageTags.displayName(lang, reader), url);
    }

    private static String group(Briefing b) {
        return b.getTranslationGroup() == null || b.getTranslationGroup().isBlank() ? "#" + b.getId()
                : b.getTranslationGroup();
    }

    /** Keeps the list's order: each item stands where its first version stood. */
    static <T> List<Chosen<T>> oneEach(List<T> items, Function<T, String> key, Function<T, String> lang, Locale reader) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        List<Chosen<T>> chosen = new ArrayList<>();
        for (List<T> versions : groups.values()) {
            T shown = versions.stream().filter(v -> inLanguage(lang.apply(v), reader)).findFirst().orElse(versions.get(0));
            List<T> others = new ArrayList<>(versions);
            others.remove(shown);
            chosen.add(new Chosen<>(shown, List.copyOf(others)));
        }
        return chosen;
    }

    private static boolean inLanguage(String tag, Locale reader) {
        return tag != null && Locale.forLanguageTag(tag).getLanguage().equals(reader.getLanguage());
    }
}
