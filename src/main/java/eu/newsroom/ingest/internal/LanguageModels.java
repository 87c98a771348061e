package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Apache OpenNLP's Universal Dependencies models (from Maven Central, version 1.3.0): parts of speech for German,
 * English and French, lemmas for German and English. Maven Central has no such models for Spanish, Italian, Polish
 * or Dutch; there the readers work from capitals and word lists alone. Each language's models are read once, on
 * first use, and shared (a model is immutable); each thread keeps its own taggers, which are not thread-safe.
 */
public final class LanguageModels {

    /** The models of one language: the lemmatizer may be missing. */
    private record Models(POSModel pos, LemmatizerModel lemmas) {
    }

    private static final Map<String, String> POS = Map.of(
            "de", "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin",
            "en", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            "fr", "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin");
    private static final Map<String, String> LEMMAS = Map.of(
            "de", "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin",
            "en", "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");

    private static final Map<String, Optional<Models>> LOADED = new ConcurrentHashMap<>();

    /** A thread's own taggers over the shared models: a tagger keeps state while it tags, and is slow to make. */
    private record Taggers(POSTaggerME pos, LemmatizerME lemmas) {
    }

    private static final ThreadLocal<Map<String, Taggers>> TAGGERS = ThreadLocal.withInitial(java.util.HashMap::new);
    /** Verb forms already lemmatized ("" for none), bounded: the forms of saying in press texts are few. */
    private static final Map<String, String> VERB_LEMMAS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;

    private LanguageModels() {
    }

    /** Whether parts of speech are known for the language. */
    public static boolean tags(String lang) {
        return lang != null && POS.containsKey(lang);
    }

    /** The tokens with their part of speech and lemma; unchanged where the language has no models. */
    static List<Token> tag(List<Token> tokens, String lang) {
        Optional<Models> models = models(lang);
        if (models.isEmpty() || tokens.isEmpty()) {
            return tokens;
        }
        String[] words = tokens.stream().map(t -> t.text().replace('’', '\'')).toArray(String[]::new);
        String[] tags = taggers(lang, models.get()).pos().tag(words);
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tagged.add(new Token(t.text(), t.start(), t.end(), tags[i], null));
        }
        return tagged;
    }

    /**
     * The lemma of a verb, where the language has a lemmatizer; null otherwise. Lemmatizing whole sentences costs
     * about 30 ms each (against 2 ms for the parts of speech), so only verbs are lemmatized, alone, and remembered.
     */
    static String verbLemma(String verb, String lang) {
        Optional<Models> models = models(lang);
        if (models.isEmpty() || models.get().lemmas() == null) {
            return null;
        }
        String key = lang + ":" + verb;
        String known = VERB_LEMMAS.get(key);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String lemma = taggers(lang, models.get()).lemmas().lemmatize(new String[] {verb}, new String[] {"VERB"})[0];
        String result = "O".equals(lemma) ? "" : lemma.toLowerCase(java.util.Locale.ROOT);
        if (VERB_LEMMAS.size() < MAX_REMEMBERED) {
            VERB_LEMMAS.put(key, result);
        }
        return result.isEmpty() ? null : result;
    }

    private static Taggers taggers(String lang, Models models) {
        return TAGGERS.get().computeIfAbsent(lang, l -> new Taggers(new POSTaggerME(models.pos()),
                models.lemmas() == null ? null : new LemmatizerME(models.lemmas())));
    }

    /** Loads every model now (for measuring, or to take the cost at start-up rather than on the first request). */
    public static void loadAll() {
        POS.keySet().forEach(LanguageModels::models);
    }

    private static Optional<Models> models(String lang) {
        if (!tags(lang)) {
            return Optional.empty();
        }
        return LOADED.computeIfAbsent(lang, l -> Optional.of(new Models(read(POS.get(l), POSModel::new),
                LEMMAS.containsKey(l) ? read(LEMMAS.get(l), LemmatizerModel::new) : null)));
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path (see pom.xml)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP model " + resource + " could not be read", e);
        }
    }
}
