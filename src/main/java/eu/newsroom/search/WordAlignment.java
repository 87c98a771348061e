package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * Learns the translation lexicon ({@link TranslationLexicon}) from aligned units (the same title, point, statement or
 * paragraph in two or more languages) by word alignment (issue 17).
 * <p>
 * Co-occurrence alone (Dice over the units two terms share) cannot tell, in a small parallel corpus, which of the
 * words of a sentence is the translation of which: every term of a title seen twice with "munición" scores as high as
 * "Munition" ("Jahr", "erst" did). So the co-occurrence score only proposes; within each unit and language pair the
 * terms are then linked one to one, best pair first (competitive linking, Melamed 2000), and a pair is kept by how
 * often it was linked, not how often it co-occurred: a word already explained by its translation is not linked to
 * anything else of the sentence. Spelling decides between candidates of equal statistics (cognates, most names and
 * much of the defence vocabulary of European languages: "municion" / "munition", "bialorusi" / "bielorus"), and lets a
 * pair linked once count when the two are spelled alike, so a small corpus teaches its names and loan words after one
 * aligned sentence instead of two.
 */
final class WordAlignment {

    /** A pair linked this often is kept whatever its spelling. */
    static final int MIN_LINKS = 2;
    /** A pair linked once is kept when its spelling is at least this similar ({@link #similarity}). */
    static final double COGNATE_ONCE = 0.7;
    /** Weight of spelling in the score that orders the candidate links. */
    static final double COGNATE_WEIGHT = 0.5;
    /** Candidate links scoring below this are not links (a word without a translation in the other sentence). */
    static final double MIN_LINK_SCORE = 0.2;
    static final double MIN_WEIGHT = 0.3;
    /** Translations kept per term and target language. */
    static final int PER_LANGUAGE = 2;
    /** Terms in more than this share of a language's units say nothing (articles, "EU"): not translated. */
    static final double MAX_UNIT_SHARE = 0.15;
    /** Units (a title, a point, a statement, a paragraph) with more distinct terms than this in a language are left out. */
    static final int MAX_UNIT_TERMS = 60;

    private static final int LANGUAGES = SearchFields.LANGUAGES.size();

    /** An odd constant (2^64 / the golden ratio): multiplying by it is a bijection of the longs. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;
    /** Its inverse modulo 2^64 (Newton's iteration, each step doubles the correct low bits: 5 steps from 3 to 96). */
    private static final long UNSPREAD = inverse(SPREAD);

    /** Terms as numbers, their language beside them. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<Integer> languageOf = new ArrayList<>();
    /**
     * Terms that take part in the linking but are never translated: stop words and terms of more than a share of a
     * language's units. Left in the units, they take the links of the other language's function words ("nella" /
     * "in the"), which would otherwise go to a word they do not translate.
     */
    private final Set<Integer> silent = new java.util.HashSet<>();
    /** Per unit, per language index: the distinct terms in their order in the text (or null). */
    private final List<int[][]> units = new ArrayList<>();
    /** c(a) per target language: units with term a that have a version in that language (key a·L + language). */
    private final Map<Long, Integer> alone = new HashMap<>();
    /** c(a, b), a < b, by {@link #key}. */
    private final Map<Long, Integer> together = new HashMap<>();
    /** Links of a and b, a < b, by {@link #key}. */
    private final Map<Long, Integer> links = new HashMap<>();
    /** A pair's key in {@link #together} and {@link #links} from {@code a << 32 | b} ({@link #pair}), and back. */
    private final LongUnaryOperator toKey;
    private final LongUnaryOperator fromKey;

    private WordAlignment(LongUnaryOperator toKey, LongUnaryOperator fromKey) {
        this.toKey = toKey;
        this.fromKey = fromKey;
    }

    /** "lang|term" → its translations, best first, from units: unit key → language tag → text. */
    static Map<String, List<TranslationLexicon.Translation>> learn(Map<String, Map<String, String>> textUnits) {
        return learn(textUnits, WordAlignment::spread, WordAlignment::unspread);
    }

    /**
     * {@link #learn(Map)} with the pairs keyed by {@code toKey} (a bijection, {@code fromKey} its inverse): the
     * lexicon does not depend on it (WordAlignmentTest learns with the unmixed key too).
     */
    static Map<String, List<TranslationLexicon.Translation>> learn(Map<String, Map<String, String>> textUnits,
            LongUnaryOperator toKey, LongUnaryOperator fromKey) {
        WordAlignment alignment = new WordAlignment(toKey, fromKey);
        alignment.analyse(textUnits);
        alignment.count();
        alignment.link();
        return alignment.lexicon();
    }

    private void analyse(Map<String, Map<String, String>> textUnits) {
        int[] unitsPerLanguage = new int[LANGUAGES];
        Map<Integer, Integer> unitsWithTerm = new HashMap<>();
        List<int[][]> all = new ArrayList<>();
        for (Map<String, String> unit : textUnits.values()) {
            int[][] byLanguage = new int[LANGUAGES][];
            unit.forEach((tag, text) -> {
                int language = SearchFields.LANGUAGES.indexOf(Locale.forLanguageTag(tag).getLanguage());
                if (language < 0 || text == null) {
                    return;
                }
                Set<String> distinct = new LinkedHashSet<>(LanguageAnalyzers.terms(SearchFields.LANGUAGES.get(language),
                        text));
                distinct.removeIf(t -> t.length() < 3 || t.chars().allMatch(Character::isDigit));
                int[] termIds = distinct.stream().mapToInt(t -> id(language, t)).toArray();
                unitsPerLanguage[language]++;
                for (int t : termIds) {
                    unitsWithTerm.merge(t, 1, Integer::sum);
                }
                byLanguage[language] = termIds;
            });
            all.add(byLanguage);
        }
        // a long unit pairs every term with every other (a paragraph of 80 terms: 6 400 pairs per language pair) and
        // says little of any one term
        for (int[][] byLanguage : all) {
            int present = 0;
            for (int l = 0; l < LANGUAGES; l++) {
                if (byLanguage[l] != null && byLanguage[l].length > MAX_UNIT_TERMS) {
                    byLanguage[l] = null;
                }
                present += byLanguage[l] == null ? 0 : 1;
            }
            if (present >= 2) {
                units.add(byLanguage);
            }
        }
        unitsWithTerm.forEach((term, count) -> {
            int all1 = unitsPerLanguage[languageOf.get(term)];
            if (all1 > 20 && count > MAX_UNIT_SHARE * all1
                    || StopWords.isAnalysedStopWord(SearchFields.LANGUAGES.get(languageOf.get(term)), terms.get(term))) {
                silent.add(term);
            }
        });
    }

    private int id(int language, String term) {
        return ids.computeIfAbsent(language + "|" + term, k -> {
            terms.add(term);
            languageOf.add(language);
            return terms.size() - 1;
        });
    }

    private void count() {
        for (int[][] unit : units) {
            for (int la = 0; la < LANGUAGES; la++) {
                if (unit[la] == null) {
                    continue;
                }
                for (int lb = 0; lb < LANGUAGES; lb++) {
                    if (lb == la || unit[lb] == null) {
                        continue;
                    }
                    for (int a : unit[la]) {
                        alone.merge((long) a * LANGUAGES + lb, 1, Integer::sum);
                        if (la < lb) {
                            for (int b : unit[lb]) {
                                together.merge(key(a, b), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Competitive linking in each unit and language pair: the best-scoring pair of unlinked terms first. */
    private void link() {
        for (int[][] unit : units) {
            for (int la = 0; la < LANGUAGES; la++) {
                for (int lb = la + 1; lb < LANGUAGES; lb++) {
                    if (unit[la] == null || unit[lb] == null) {
                        continue;
                    }
                    linkPair(unit[la], unit[lb]);
                }
            }
        }
    }

    private void linkPair(int[] as, int[] bs) {
        record Candidate(int a, int b, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < as.length; i++) {
            for (int j = 0; j < bs.length; j++) {
                double score = score(as[i], bs[j]);
                if (score >= MIN_LINK_SCORE) {
                    // equal statistics: the pair nearer the same relative place in the two sentences
                    double offset = Math.abs((i + 0.5) / as.length - (j + 0.5) / bs.length);
                    candidates.add(new Candidate(as[i], bs[j], score - 0.01 * offset));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Set<Integer> linked = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (!linked.contains(c.a()) && !linked.contains(c.b())) {
                linked.add(c.a());
                linked.add(c.b());
                links.merge(key(c.a(), c.b()), 1, Integer::sum);
            }
        }
    }

    private double score(int a, int b) {
        return dice(together.getOrDefault(key(a, b), 0), a, b) + COGNATE_WEIGHT * similarity(a, b);
    }

    private double dice(int count, int a, int b) {
        int ca = alone.getOrDefault((long) a * LANGUAGES + languageOf.get(b), 0);
        int cb = alone.getOrDefault((long) b * LANGUAGES + languageOf.get(a), 0);
        return ca + cb == 0 ? 0 : 2.0 * count / (ca + cb);
    }

    /**
     * How alike two analysed terms are spelled: the longest common subsequence over the longer length (Melamed's
     * LCSR), 0 for terms under 4 letters, which are alike by chance.
     */
    private double similarity(int a, int b) {
        return similarity(terms.get(a), terms.get(b));
    }

    static double similarity(String x, String y) {
        if (x.length() < 4 || y.length() < 4) {
            return 0;
        }
        int[][] lcs = new int[x.length() + 1][y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                lcs[i][j] = x.charAt(i - 1) == y.charAt(j - 1) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return (double) lcs[x.length()][y.length()] / Math.max(x.length(), y.length());
    }

    private Map<String, List<TranslationLexicon.Translation>> lexicon() {
        Map<String, List<TranslationLexicon.Translation>> found = new HashMap<>();
        links.forEach((key, count) -> {
            long pair = fromKey.applyAsLong(key);
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            if (a == b || terms.get(a).equals(terms.get(b)) || silent.contains(a) || silent.contains(b)) {
                return;
            }
            if (count < MIN_LINKS && similarity(a, b) < COGNATE_ONCE) {
                return;
            }
            double weight = dice(count, a, b);
            if (weight >= MIN_WEIGHT) {
                add(found, a, b, weight);
                add(found, b, a, weight);
            }
        });
        Map<String, List<TranslationLexicon.Translation>> kept = new HashMap<>();
        found.forEach((source, translations) -> {
            Map<String, Integer> perField = new HashMap<>();
            // equal weight and term, the field decides, not the order of the pairs' map (its keys are spread)
            kept.put(source, translations.stream().sorted(Comparator.comparing(TranslationLexicon.Translation::weight)
                            .reversed().thenComparing(TranslationLexicon.Translation::term)
                            .thenComparing(TranslationLexicon.Translation::field))
                    .filter(t -> perField.merge(t.field(), 1, Integer::sum) <= PER_LANGUAGE).toList());
        });
        return Map.copyOf(kept);
    }

    private void add(Map<String, List<TranslationLexicon.Translation>> found, int source, int target, double weight) {
        String targetLanguage = SearchFields.LANGUAGES.get(languageOf.get(target));
        found.computeIfAbsent(SearchFields.LANGUAGES.get(languageOf.get(source)) + "|" + terms.get(source),
                k -> new ArrayList<>()).add(new TranslationLexicon.Translation(
                SearchFields.TEXT_PREFIX + targetLanguage, terms.get(target), (float) weight));
    }

    private long key(int a, int b) {
        return toKey.applyAsLong(pair(a, b));
    }

    /** Two terms as one number, the smaller one first: {@code a << 32 | b}. */
    static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /**
     * A pair's key spread over the hash: {@link Long#hashCode} of {@code a << 32 | b} itself is {@code a ^ b}, which
     * pairs of small term numbers share by the thousand (measured on a soak of a million pairs: the maps' bins turned
     * into trees, a rebuild of 95 s at 10 k items); multiplied by an odd constant, a pair's hash depends on all bits of
     * both.
     */
    static long spread(long pair) {
        return pair * SPREAD;
    }

    /** The pair of a {@link #spread} key. */
    static long unspread(long key) {
        return key * UNSPREAD;
    }

    private static long inverse(long odd) {
        long inverse = odd; // correct in the low 3 bits for any odd number
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }
}
