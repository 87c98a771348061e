package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.search.internal.FreeDictFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Translations from bilingual dictionaries in FreeDict's dict-server form ({@link Dictionaries}, {@link FreeDictFile}),
 * read from files written here in that form: an index of base-64 offsets into a gzip file of entries.
 */
class DictionariesTest {

    @TempDir
    Path directory;

    /** Writes a dictionary: its entries (headword line first) one after the other, and the index naming them. */
    private void dictionary(String name, String... entries) throws IOException {
        StringBuilder index = new StringBuilder("00databaseinfo\tA\tB\n");
        List<byte[]> texts = new ArrayList<>();
        long offset = 0;
        for (String entry : entries) {
            byte[] text = entry.getBytes(StandardCharsets.UTF_8);
            texts.add(text);
            index.append(entry, 0, entry.indexOf(' ') > 0 && entry.indexOf(' ') < entry.indexOf('\n')
                    ? entry.indexOf(' ') : entry.indexOf('\n'))
                    .append('\t').append(base64(offset)).append('\t').append(base64(text.length)).append('\n');
            offset += text.length;
        }
        Files.writeString(directory.resolve("freedict-" + name + ".index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(directory.resolve(
                "freedict-" + name + ".dict.dz")))) {
            for (byte[] text : texts) {
                out.write(text);
            }
        }
    }

    private static String base64(long n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, digits.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return out.toString();
    }

    @Test
    void translationsAreTheOneWordItemsOfAnEntryNotItsDefinitionsOrReferences() {
        assertThat(FreeDictFile.translations("""
                Wehrpflicht /vˈeːɾpflɪçt/ <fem, n, sg>
                compulsory military service <n>, conscription <n>, the draft <n> [Am.]
                   Synonyms: {allgemeine Wehrpflicht}, {Militärpflicht}
                 see: {wehrpflichtig sein}
                """)).containsExactly("compulsory military service", "conscription", "the draft");
        // a translation of a few words is kept as a phrase, hyphens read as spaces
        assertThat(FreeDictFile.translations("""
                Panzerabwehr /pˈantseːrˌabveːɾ/ <adj>
                 [mil.] anti-tank <adj>
                """)).containsExactly("anti tank");
        assertThat(FreeDictFile.translations("""
                strzałka /ˈsṭʃawka/ <n>
                1. fibula
                (anatomia, anatomiczny) kość strzałkowa w nodze człowieka;
                2. dart
                (odprzymiotnikowy) → strzałkowy
                """)).containsExactly("fibula", "dart");
    }

    @Test
    void aWordIsTranslatedBothWaysIntoWordsTheTextsHaveAnalysedAsTheIndexHoldsThem() throws IOException {
        dictionary("deu-eng",
                "Wehrpflicht /vˈeːɾpflɪçt/ <fem, n, sg>\nconscription <n>, draft <n>\n",
                "Flotte <fem>\nfleet <n>, navy\n",
                "Zeitung <fem>\nnewspaper\n");
        dictionary("nld-pol", "vloot /vlot/\nflota\n");
        // "draft" and "navy" are in no public text: nothing is translated into them ("Wehrpflicht" is in none either, so
        // "draft" has no translation; "navy" has one, "Flotte")
        Set<String> texts = Set.of("conscription", "fleet", "flota", "vloot", "flotte", "zeitung", "newspaper");
        Map<String, List<TranslationLexicon.Translation>> built = Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT)));

        assertThat(built.get("de|" + term("de", "Wehrpflicht"))).extracting(TranslationLexicon.Translation::field,
                TranslationLexicon.Translation::term).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "text_en", term("en", "conscription")));
        // the other way: English "fleet" finds the German "Flotte" (stemmed as the German field holds it)
        assertThat(built.get("en|" + term("en", "fleet"))).extracting(TranslationLexicon.Translation::field,
                TranslationLexicon.Translation::term).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "text_de", term("de", "Flotte")));
        // Dutch into Polish, and Polish back into Dutch
        assertThat(built.get("nl|" + term("nl", "vloot"))).extracting(TranslationLexicon.Translation::field)
                .containsExactly("text_pl");
        assertThat(built.get("pl|" + term("pl", "flota"))).extracting(TranslationLexicon.Translation::field)
                .containsExactly("text_nl");
        assertThat(built).doesNotContainKey("en|" + term("en", "draft"));
        assertThat(built.values()).allSatisfy(list -> assertThat(list).allSatisfy(
                t -> assertThat(t.weight()).isEqualTo(Dictionaries.WEIGHT)));
    }

    /** The word as the text field of the language holds it (the stem, for Polish). */
    private static String term(String language, String word) {
        List<String> terms = eu.newsroom.search.internal.LanguageAnalyzers.terms(language, word);
        return terms.get(terms.size() - 1);
    }

    @Test
    void aHeadwordIsKeptWhenTheTextsHaveAnInflectedFormOfIt() throws IOException {
        // the dictionaries give the headword ("ditch", "rów"); the texts have "ditches", "rowy", which the index holds
        // under the same term
        dictionary("deu-eng", "Graben <masc>\nditch <n>, trench <n>\n");
        Map<String, Set<String>> terms = Dictionaries.termsOf(List.of("ditches", "Gräben"));
        Map<String, List<TranslationLexicon.Translation>> built = Dictionaries.build(FreeDictFile.in(directory),
                word -> false, (language, term) -> terms.get(language).contains(term));

        assertThat(built.get("de|" + term("de", "Graben"))).extracting(TranslationLexicon.Translation::field,
                TranslationLexicon.Translation::term).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("text_en", term("en", "ditch")));
        // without the terms, as written only: "ditch" is in no text
        assertThat(Dictionaries.build(FreeDictFile.in(directory), Set.of("ditches", "graben")::contains))
                .doesNotContainKey("de|" + term("de", "Graben"));
    }

    @Test
    void entriesOfSeveralWordsTranslateAWordIntoAPhraseAndTwoWordsIntoAWord() throws IOException {
        dictionary("deu-eng", "Luftverteidigung <fem, n, sg>\nair defence <n> [Br.] , air defense <n> [Am.]\n",
                "Zivilschutz <masc>\ncivil defence <n>\n");
        Set<String> texts = Set.of("air", "defence", "luftverteidigung", "civil", "zivilschutz");
        Map<String, List<TranslationLexicon.Translation>> built = Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT)));

        // "Luftverteidigung" → the phrase "air defence" ("defense" is in no text)
        assertThat(built.get("de|" + term("de", "Luftverteidigung"))).extracting(
                TranslationLexicon.Translation::field, TranslationLexicon.Translation::term)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text_en", "air defence"));
        // the two words typed find the compound: looked up by their terms
        TranslationTable table = new TranslationTable(built);
        assertThat(table.translations("air defence", Set.of("en"))).extracting(
                TranslationLexicon.Translation::field, TranslationLexicon.Translation::term)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text_de", term("de", "Luftverteidigung")));
        assertThat(table.translations("civil defence", Set.of())).extracting(TranslationLexicon.Translation::term)
                .containsExactly(term("de", "Zivilschutz"));
    }

    @Test
    void aVerbAndItsParticleAreAHeadwordAndATranslation() throws IOException {
        dictionary("eng-deu", "shoot down <verb>\nabschießen\n");
        dictionary("deu-eng", "abschießen <verb>\nshoot down\n");
        Set<String> texts = Set.of("shoot", "down", "abschießen");
        TranslationTable table = new TranslationTable(Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT))));
        // "down" is a stop word: a phrase ending with one was dropped ("the draft" is "draft"), a particle is kept
        assertThat(table.translations("shoot down", Set.of("en"))).extracting(TranslationLexicon.Translation::field,
                TranslationLexicon.Translation::term)
                .contains(org.assertj.core.groups.Tuple.tuple("text_de", term("de", "abschießen")));
        assertThat(table.translations("abschießen", Set.of("de"))).extracting(TranslationLexicon.Translation::term)
                .contains("shoot down");
    }

    @Test
    void aWordWithoutAnEntryIsLookedUpUnderItsDictionaryForm() throws IOException {
        dictionary("deu-eng", "liefern <verb>\ndeliver\n", "bestellen <verb>\norder\n");
        dictionary("spa-eng", "botar <verb>\nlaunch\n");
        Set<String> texts = Set.of("deliver", "order", "launch");
        TranslationTable table = new TranslationTable(Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT))));

        assertThat(table.translations("liefert", Set.of("de"))).isEmpty();
        assertThat(Dictionaries.ofDictionaryForm(table, "liefert", Set.of("de")))
                .extracting(TranslationLexicon.Translation::term).containsExactly(term("en", "deliver"));
        // the German stem of "Bestellung" is that of "bestellen": its own entry, not a form of one
        assertThat(table.translations("Bestellung", Set.of()))
                .extracting(TranslationLexicon.Translation::term).containsExactly(term("en", "order"));
        assertThat(Dictionaries.ofDictionaryForm(table, "botadas", Set.of("es")))
                .extracting(TranslationLexicon.Translation::term).containsExactly(term("en", "launch"));
        assertThat(Lemmas.candidates("nl", "levert")).contains("leveren");
        assertThat(Lemmas.candidates("nl", "bestelt")).contains("bestellen");
        assertThat(Lemmas.candidates("it", "varati")).contains("varare");
        // Dutch plurals: a doubled consonant undone, an open syllable's vowel written double again
        assertThat(Lemmas.candidates("nl", "aanvallen")).contains("aanval");
        assertThat(Lemmas.candidates("nl", "onderzeeboten")).contains("onderzeeboot");
        assertThat(Lemmas.candidates("de", "EU")).isEmpty();
    }

    /**
     * A participle of a separable verb has its "ge" after the prefix, and is looked up under the infinitive (as one
     * with its "ge" at the start was already); a Polish noun in a plural or oblique case under its nominative.
     */
    @ParameterizedTest
    @CsvSource({"nl, opgericht, oprichten", "de, aufgebaut, aufbauen", "de, eingeführt, einführen",
            "de, gestellt, stellen", "nl, gelanceerd, lanceren", "pl, magazyny, magazyn", "pl, magazynów, magazyn",
            "pl, uczelnie, uczelnia", "pl, amunicji, amunicja"})
    void anInflectedFormIsLookedUpUnderItsDictionaryForm(String language, String word, String form) {
        assertThat(Lemmas.candidates(language, word)).contains(form);
    }

    /**
     * A Dutch word with "ge" that is no participle (a noun, an adjective) is not read as one: the participle without an
     * ending of its own is that of a stem in t or d only.
     */
    @ParameterizedTest
    @CsvSource({"nl, gedrag", "nl, gezag", "nl, gebrek", "nl, geval", "nl, gelijk"})
    void aWordThatIsNoInflectionHasNoDictionaryForm(String language, String word) {
        assertThat(Lemmas.candidates(language, word)).isEmpty();
    }

    /** A word that is itself an entry of a language is not read as an inflection of another entry of it. */
    @Test
    void aWordWithAnEntryOfItsOwnIsNotTakenForAnInflection() {
        TranslationTable table = new TranslationTable(Map.of(
                "nl|" + term("nl", "gebied"), List.of(new TranslationLexicon.Translation("text_en", "area", 0.6f)),
                "nl|" + term("nl", "bieden"), List.of(new TranslationLexicon.Translation("text_en", "offer", 0.6f))));
        assertThat(Dictionaries.ofDictionaryForm(table, "gebied", Set.of("nl"))).isEmpty();
        assertThat(Dictionaries.ofDictionaryForm(table, "gebied", Set.of())).isEmpty();
    }

    /**
     * Polish endings are read only in a Polish query (or a word with letters only Polish has), and not for a word
     * another language knows: Italian "armate" is no Polish "armata" (a cannon), English "strategy" no "strateg".
     */
    @Test
    void polishEndingsAreReadOnlyInAPolishReadingNoOtherLanguageHas() {
        TranslationTable table = new TranslationTable(Map.of(
                "pl|" + term("pl", "armata"), List.of(new TranslationLexicon.Translation("text_en", "cannon", 0.6f)),
                "pl|" + term("pl", "strateg"), List.of(new TranslationLexicon.Translation("text_en", "strategist", 0.6f)),
                "en|" + term("en", "strategy"), List.of(new TranslationLexicon.Translation("text_de", "strategie", 0.6f)),
                "it|" + term("it", "armare"), List.of(new TranslationLexicon.Translation("text_en", "arm", 0.6f)),
                "pl|" + term("pl", "magazyn"), List.of(new TranslationLexicon.Translation("text_en", "depot", 0.6f)),
                "pl|" + term("pl", "żołnierz"), List.of(new TranslationLexicon.Translation("text_en", "soldier", 0.6f))));
        // the query's language unknown: no Polish reading of words without Polish letters
        assertThat(Dictionaries.ofDictionaryForm(table, "armate", Set.of())).extracting(
                TranslationLexicon.Translation::term).doesNotContain("cannon");
        assertThat(Dictionaries.ofDictionaryForm(table, "motori", Set.of())).isEmpty();
        assertThat(Dictionaries.languagesOf(table, "armate")).doesNotContain("pl");
        assertThat(Dictionaries.languagesOf(table, "strategy")).containsExactly("en");
        // a word another language has, even in a query that may be Polish
        assertThat(Dictionaries.ofDictionaryForm(table, "armate", Set.of("pl", "it"))).extracting(
                TranslationLexicon.Translation::term).doesNotContain("cannon");
        // a Polish query, or a word with Polish letters
        assertThat(Dictionaries.ofDictionaryForm(table, "magazynach", Set.of("pl"))).extracting(
                TranslationLexicon.Translation::term).containsExactly("depot");
        assertThat(Dictionaries.ofDictionaryForm(table, "żołnierzy", Set.of())).extracting(
                TranslationLexicon.Translation::term).containsExactly("soldier");
        assertThat(Dictionaries.languagesOf(table, "żołnierzy")).containsExactly("pl");
        // a query with such a letter in one of its words is Polish when its stop words do not tell
        assertThat(IndexQueries.languagesOfQuery("magazynach nadbrzeżnych")).containsExactly("pl");
        assertThat(IndexQueries.languagesOfQuery("armate strategy")).isEmpty();
    }

    /**
     * The pairs between two languages other than English are small: a Polish word with an English translation only
     * reaches the other languages through that translation's entries, less surely than a translation of its own.
     */
    @Test
    void aWordReachesTheLanguagesItHasNoTranslationInThroughItsEnglishOne() throws IOException {
        dictionary("pol-eng", "żołnierz <n>\nsoldier\n");
        dictionary("pol-deu", "żołnierz <n>\nSoldat\n");
        dictionary("eng-spa", "soldier <n>\nsoldado\n");
        dictionary("eng-ita", "soldier <n>\nsoldato\n");
        dictionary("eng-deu", "soldier <n>\nKrieger\n");
        dictionary("eng-pol", "soldier <n>\nwojak\n");
        Set<String> texts = Set.of("soldier", "soldat", "soldado", "soldato", "krieger", "wojak", "żołnierz");
        TranslationTable table = new TranslationTable(Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT))));
        List<TranslationLexicon.Translation> own = table.translations("żołnierz", Set.of("pl"));
        assertThat(own).extracting(TranslationLexicon.Translation::field).containsExactlyInAnyOrder("text_en",
                "text_de");

        List<TranslationLexicon.Translation> through = Dictionaries.throughEnglish(table, "żołnierz", Set.of("pl"),
                own);
        // Spanish and Italian through "soldier"; not German (it has a translation of its own) nor Polish (the word's)
        assertThat(through).extracting(TranslationLexicon.Translation::field, TranslationLexicon.Translation::term)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("text_es", term("es", "soldado")),
                        org.assertj.core.groups.Tuple.tuple("text_it", term("it", "soldato")));
        assertThat(through).allSatisfy(t -> assertThat(t.weight())
                .isEqualTo(Dictionaries.WEIGHT * Dictionaries.PIVOT_SHARE));
        // an English word has no second step
        assertThat(Dictionaries.throughEnglish(table, "soldiers", Set.of("en"),
                table.translations("soldiers", Set.of("en")))).isEmpty();
    }

    /**
     * A word the query's language does not tell, and that the dictionaries do not have, is not translated back into its
     * own language through its English translation: "piechota" (Polish, no Polish letter, only the lexicon knows it)
     * would otherwise get Polish synonyms of "soldier" as translations. The languages another source knows the word in
     * (the lexicon's) count as its own, unless they are most languages (a name).
     */
    @Test
    void aWordOfUnknownLanguageIsNotTranslatedBackIntoItThroughEnglish() throws IOException {
        dictionary("eng-pol", "soldier <n>\nwojak\n");
        dictionary("eng-spa", "soldier <n>\nsoldado\n");
        Set<String> texts = Set.of("soldier", "soldado", "wojak");
        TranslationTable table = new TranslationTable(Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT))));
        List<TranslationLexicon.Translation> own = List.of(new TranslationLexicon.Translation("text_en", "soldier",
                0.9f));

        assertThat(Dictionaries.throughEnglish(table, "piechota", Set.of(), Set.of("pl"), own))
                .extracting(TranslationLexicon.Translation::field).containsExactly("text_es");
        // a name the lexicon learned in most languages tells none
        assertThat(Dictionaries.throughEnglish(table, "Schengen", Set.of(), Set.of("de", "fr", "pl", "es", "it"), own))
                .extracting(TranslationLexicon.Translation::field).containsExactlyInAnyOrder("text_es", "text_pl");
        // the lexicon knows it as Polish, the query says German: Spanish only
        assertThat(Dictionaries.throughEnglish(table, "piechota", Set.of("de"), Set.of("pl"), own))
                .extracting(TranslationLexicon.Translation::field).containsExactly("text_es");
    }

    @Test
    void aPolishWordIsLookedUpByItsStem() {
        // Polish keeps the folded word beside its stem: the lexicon's lookup had skipped such words (two terms)
        String stem = term("pl", "rakietami");
        TranslationTable table = new TranslationTable(Map.of("pl|" + stem,
                List.of(new TranslationLexicon.Translation("text_de", "raket", 0.8f))));
        assertThat(eu.newsroom.search.internal.LanguageAnalyzers.terms("pl", "rakietami")).hasSize(2);
        assertThat(table.translations("rakietami", Set.of())).extracting(TranslationLexicon.Translation::term)
                .containsExactly("raket");
    }

    @Test
    void aTruncatedDictionaryCostsItsOwnPairOnly() throws IOException {
        dictionary("deu-eng", "Flotte <fem>\nfleet <n>\n");
        dictionary("nld-pol", "vloot /vlot/\nflota\n");
        // the Dutch–Polish data cut short: its index points past the end of what is left
        Path data = directory.resolve("freedict-nld-pol.dict.dz");
        byte[] whole = Files.readAllBytes(data);
        Files.write(data, java.util.Arrays.copyOf(whole, whole.length / 2));
        Set<String> texts = Set.of("fleet", "flotte", "flota", "vloot");

        Map<String, List<TranslationLexicon.Translation>> built = Dictionaries.build(FreeDictFile.in(directory),
                word -> texts.contains(word.toLowerCase(java.util.Locale.ROOT)));

        assertThat(built.get("en|" + term("en", "fleet"))).extracting(TranslationLexicon.Translation::field)
                .containsExactly("text_de");
        assertThat(built).doesNotContainKey("nl|" + term("nl", "vloot"));
    }

    @Test
    void noDirectoryMeansNoDictionaries() throws IOException {
        assertThat(FreeDictFile.in(directory.resolve("missing"))).isEmpty();
    }
}
