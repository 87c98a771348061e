package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * What the reader's words match, and how it is scored (issue 17): every unit of the query on every text field (each
 * analysed by its own language's analyzer), the thesaurus labels, the heading and the compound parts; an item must
 * match enough of the units ({@link QueryPlan#enough()}), required words and phrases always, excluded ones never.
 * Items with the query's words next to each other, with all of them, or with them in the heading come first.
 */
final class Matching {

    static final Set<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);
    private static final Set<SimpleQueryFlag> UNIT = EnumSet.of(SimpleQueryFlag.OR, SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.WHITESPACE);

    /** Matches in the text weigh more than matches through the thesaurus only. */
    static final float CONCEPT_BOOST = 0.5f;
    /** A match in what an item is called (title, speaker, name) adds to the match in its text. */
    static final float HEADING_BOOST = 1.0f;
    /** A query that is the whole name or an alias of an initiative the item is or reports on. */
    static final float INITIATIVE_BOOST = 1.0f;
    /** A word found as a part of a compound ("Munition" in "Munitionsproduktion") weighs less than the word. */
    static final float PARTS_BOOST = 0.5f;
    /** Two adjacent words of the query within this many positions of each other in the text. */
    static final int PROXIMITY_SLOP = 3;
    static final float PROXIMITY_BOOST = 0.5f;
    /** A match through a learned translation, times the translation's weight (0–1). */
    static final float TRANSLATION_BOOST = 0.5f;
    /** An item in which a person the query names speaks. */
    static final float SPEAKER_BOOST = 2.0f;
    /**
     * An item of the day, month or season the query names: the judged answers to such a query are of that period, so
     * the item's date weighs more than most words.
     */
    static final float DATE_BOOST = 5.0f;
    /** An item of the year the query names: a year alone often says when, not what ("spending in 2026"). */
    static final float YEAR_BOOST = 2.0f;
    /**
     * A compound of the query found through its parts ("Luftverteidigung" in "Verteidigung der Luft"): all parts as
     * words or parts of other compounds, weighing less than the compound itself.
     */
    static final float QUERY_PARTS_BOOST = 0.6f;
    /**
     * A compound of three or more parts typed, found by its modifiers without the head ("Munitionsproduktionsgesetz" in
     * "Munitionsproduktion") when the query is relaxed, weighs this share of a match of all its parts.
     */
    static final float MODIFIERS_SHARE = 0.5f;
    /** Translations of two adjacent words together, at most this many per language ({@link #pairTranslations}). */
    static final int PAIR_TRANSLATIONS = 2;
    /**
     * A translation of a whole query word found as a part of a German or Dutch compound weighs this share of a part's
     * match: it makes the item count the word, but ranks it below one with the word.
     */
    static final float WORD_AS_PART_SHARE = 0.5f;
    /** Added to an item with every counted word, when fewer would do. */
    static final float ALL_WORDS_BONUS = 1.0f;
    /**
     * Added for each counted unit of the query an item has, so that the number of the query's words an item has
     * decides before BM25's weights of common words: typed, or through a translation at this times its
     * share ({@link #shares}; a compound's parts, a part of a compound at theirs), once per unit:
     * an item in another language with most of the query's words in translation comes before one in the query's
     * language with two of its common words.
     */
    static final float UNIT_BONUS = 1.5f;
    /**
     * In the bonus pass, at most this many translations of a unit per field, the best: a long query's clauses stay far
     * below the clause limit (1 024 in Lucene and OpenSearch alike).
     */
    static final int BONUS_TRANSLATIONS = 3;
    /**
     * In the window, the count and the relaxed query, at most this many translations of a word per field, the surest
     * (a nationality has some fifteen, and a query of many was past the clause limit); a
     * query still past it is asked again smaller ({@link IndexQueries}).
     */
    static final int WINDOW_TRANSLATIONS = 5;

    private Matching() {
    }

    /**
     * The reader's query as a predicate. {@code relaxed}: one counted unit is enough (the query found nothing
     * otherwise).
     */
    static PredicateFinalStep of(SearchPredicateFactory f, String text, boolean structured, boolean relaxed,
            List<String> speakers, Translations translations) {
        if (text.isEmpty()) {
            return f.matchAll();
        }
        QueryPlan plan = QueryPlan.of(text);
        // one exact phrase: every item that has it matches alike (else BM25's length normalisation puts a one-sentence
        // statement quoting it above the briefing it comes from); a title, speaker or name with the phrase comes
        // first, equal ones newest first, then briefing, initiative, statement (the sort)
        PredicateFinalStep matched;
        if (plan.grouped()) {
            matched = words(f, text, structured ? SYNTAX : UNIT, BooleanOperator.AND);
        } else if (QueryText.isOnePhrase(text)) {
            // the phrase said in other languages too (PhraseTranslations), below the items that have it as typed
            PredicateFinalStep translatedPhrase = PhraseTranslations.of(f, text, translations);
            matched = translatedPhrase == null
                    ? f.or(words(f, text, SYNTAX, BooleanOperator.AND).constantScore(),
                            f.simpleQueryString().field(SearchFields.HEADING).matching(text).flags(SYNTAX)
                                    .boost(HEADING_BOOST))
                    : f.or(words(f, text, SYNTAX, BooleanOperator.AND).constantScore(),
                            f.bool().should(translatedPhrase).constantScore()
                                    .boost(PhraseTranslations.CONSTANT_SHARE),
                            f.simpleQueryString().field(SearchFields.HEADING).matching(text).flags(SYNTAX)
                                    .boost(HEADING_BOOST));
        } else {
            matched = ranked(f, plan, relaxed, translations);
        }
        // a query that is the whole name or an alias of an initiative also finds the initiative and the items that
        // report on it, in any language and whatever words they use for it
        String name = QueryText.asName(text);
        PredicateFinalStep found = name == null ? matched
                : f.or(matched, f.match().field(SearchFields.INITIATIVES).matching(name).boost(INITIATIVE_BOOST));
        if (speakers.isEmpty()) {
            return found;
        }
        // a person the query names: the items where that person speaks before those that mention the name
        var withSpeakers = f.bool().must(found);
        speakers.forEach(speaker -> withSpeakers.should(f.phrase().field(SearchFields.SPEAKERS).matching(speaker)
                .constantScore().boost(SPEAKER_BOOST)));
        return withSpeakers;
    }

    private static PredicateFinalStep ranked(SearchPredicateFactory f, QueryPlan plan, boolean relaxed,
            Translations translations) {
        return f.bool(b -> {
            if (!plan.onlyRequired()) {
                int enough = relaxed ? 1 : plan.enough();
                b.must(f.bool(units -> {
                    // a compound's parts are relaxed only when it is the whole query: a word of another language that
                    // the splitters happen to cut ("capacity") would otherwise bring items with any of its "parts"
                    boolean oneCompound = relaxed && plan.units() == 1;
                    Map<String, List<TranslationLexicon.Translation>> fromPairs = pairTranslations(plan, translations);
                    plan.counted().forEach(unit -> units.should(translated(f, unit, oneCompound, translations,
                            fromPairs.getOrDefault(unit, List.of()))));
                    plan.dates().forEach(date -> units.should(date(f, date)));
                    units.minimumShouldMatchNumber(enough);
                }));
            }
            // several quoted phrases: one translation a word each, within the clause limit (PhraseTranslations)
            int perWord = plan.required().stream().filter(r -> r.startsWith("\"")).count() > 1 ? 1
                    : PhraseTranslations.PER_WORD;
            plan.required().forEach(r -> {
                // a quoted phrase also as a phrase of its translations (PhraseTranslations)
                PredicateFinalStep translatedPhrase = PhraseTranslations.of(f, r, translations, perWord);
                b.must(translatedPhrase == null ? words(f, r, UNIT, BooleanOperator.AND)
                        : f.or(words(f, r, UNIT, BooleanOperator.AND), translatedPhrase));
            });
            plan.excluded().forEach(e -> b.mustNot(words(f, e, UNIT, BooleanOperator.AND)));
            if (plan.onlyRequired() && plan.required().isEmpty()) {
                b.must(f.matchAll());
            }
        });
    }

    /**
     * Two adjacent counted words of the query that a dictionary translates together ("air defence" → "Luftverteidigung",
     * "civil defence" → "Zivilschutz"): their translations match each of the two words, so an item that says it in one
     * word (a compound) has both units, as one with the two words.
     */
    static Map<String, List<TranslationLexicon.Translation>> pairTranslations(QueryPlan plan,
            Function<String, List<TranslationLexicon.Translation>> translations) {
        Map<String, List<TranslationLexicon.Translation>> found = new HashMap<>();
        List<String> sequence = plan.sequence();
        for (int i = 0; i + 1 < sequence.size(); i++) {
            String a = sequence.get(i);
            String b = sequence.get(i + 1);
            // a verb and its particle ("shoots down" → "abschießen"): the particle is a stop word, not
            // counted, and the entry's translations are the verb's
            boolean particle = plan.counted().contains(a) && plan.stopWords().contains(b) && isWord(a) && isWord(b);
            if (!particle && (a.equals(b) || !plan.counted().contains(a) || !plan.counted().contains(b) || !isWord(a)
                    || !isWord(b))) {
                continue;
            }
            // at most two a language: each is a clause of both words
            Map<String, Integer> perField = new HashMap<>();
            List<TranslationLexicon.Translation> together = translations.apply(a + " " + b).stream()
                    .filter(t -> perField.merge(t.field(), 1, Integer::sum) <= PAIR_TRANSLATIONS).toList();
            if (!together.isEmpty()) {
                found.computeIfAbsent(a, k -> new ArrayList<>()).addAll(together);
                if (!particle) {
                    found.computeIfAbsent(b, k -> new ArrayList<>()).addAll(together);
                }
            }
        }
        return found;
    }

    private static boolean isWord(String unit) {
        return !unit.isEmpty() && unit.codePoints().allMatch(Character::isLetter);
    }

    /**
     * Whether {@link #bonuses} has anything for these words: not for one word (or one compound), one phrase, required
     * words only or a grouped query. Without, the search sends no bonus pass (it sent a match-none query per search).
     */
    static boolean hasBonuses(String text, boolean relaxed) {
        if (text.isEmpty() || QueryText.isOnePhrase(text)) {
            return false;
        }
        QueryPlan plan = QueryPlan.of(text);
        if (plan.grouped() || plan.onlyRequired()) {
            return false;
        }
        return allWordsEarnBonus(plan, relaxed) || !plan.stopWords().isEmpty() || !plan.pairs().isEmpty();
    }

    /** Items with all the words earn a bonus when fewer are enough to match. */
    private static boolean allWordsEarnBonus(QueryPlan plan, boolean relaxed) {
        return (relaxed ? 1 : plan.enough()) < plan.units();
    }

    /**
     * What orders the items a plain query found beyond the match of its words (issue 22): all the counted words when
     * fewer would do, adjacent words of the query close together, the query's stop words. Scoring these for every
     * matching document cost most of a search at a million statements (a sloppy phrase on every text field for each
     * pair of words), so they are scored for the best hits only ({@code SearchService}), and added to their scores:
     * a clause's score adds to a Boolean query's score, so the order of those hits is the one a single query gives.
     * Null when the query has none ({@link #hasBonuses}: one word, a phrase, parentheses, no plain words).
     */
    static PredicateFinalStep bonuses(SearchPredicateFactory f, String text, boolean relaxed,
            Function<String, List<TranslationLexicon.Translation>> translations) {
        return bonuses(f, text, relaxed, translations, BONUS_TRANSLATIONS);
    }

    /**
     * The bonuses with at most {@code perField} translations of a unit per field: a query too large for the clause
     * limit with {@link #BONUS_TRANSLATIONS} is asked again with fewer ({@code IndexQueries.Request#withBonuses}).
     */
    static PredicateFinalStep bonuses(SearchPredicateFactory f, String text, boolean relaxed,
            Function<String, List<TranslationLexicon.Translation>> translations, int perField) {
        if (!hasBonuses(text, relaxed)) {
            return null;
        }
        QueryPlan plan = QueryPlan.of(text);
        boolean allWords = allWordsEarnBonus(plan, relaxed);
        // each unit once ("drones drones" is one unit's bonus), with its best translations per field
        Map<String, String> units = new LinkedHashMap<>();
        plan.counted().forEach(unit -> units.putIfAbsent(unit.toLowerCase(Locale.ROOT), unit));
        Map<String, List<TranslationLexicon.Translation>> found = new HashMap<>();
        units.values().forEach(unit -> found.put(unit, bonusTranslations(unit, translations, perField)));
        return f.bool(b -> {
            if (allWords) {
                // every unit, typed or through a translation (a query in another language than the item)
                var all = f.bool();
                units.values().forEach(unit -> all.must(unitFound(f, unit, found.get(unit))));
                plan.dates().forEach(date -> all.must(date(f, date)));
                b.should(all.constantScore().boost(ALL_WORDS_BONUS));
            }
            units.values().forEach(unit -> unitBonus(f, b, unit, found.get(unit),
                    shares(found.get(unit), direct(translations, unit))));
            plan.stopWords().forEach(stop -> b.should(words(f, stop, UNIT, BooleanOperator.AND).boost(0.1f)));
            for (String pair : plan.pairs()) {
                b.should(f.phrase().fields(SearchFields.TEXT_FIELDS.toArray(String[]::new))
                        .field(SearchFields.HEADING)
                        .matching(pair).slop(PROXIMITY_SLOP).boost(PROXIMITY_BOOST));
            }
        });
    }

    /**
     * A unit's translations for the bonus pass: the best {@link #BONUS_TRANSLATIONS} per field, leaving out those that
     * are the word itself in that field's language (the typed word finds them at the full bonus).
     */
    static List<TranslationLexicon.Translation> bonusTranslations(String unit,
            Function<String, List<TranslationLexicon.Translation>> translations) {
        return bonusTranslations(unit, translations, BONUS_TRANSLATIONS);
    }

    private static List<TranslationLexicon.Translation> bonusTranslations(String unit,
            Function<String, List<TranslationLexicon.Translation>> translations, int perField) {
        if (unit.contains(" ") || perField == 0) {
            return List.of();
        }
        Map<String, Integer> taken = new HashMap<>();
        List<TranslationLexicon.Translation> all = translations.apply(unit).stream()
                .filter(t -> !t.term().equals(ownTerm(t.field(), unit))).toList();
        // the best by the share of the bonus each earns: a translation of the word itself before a guess of
        // a higher weight ("europejskich": three spelling-alike words, 0.69 each, had pushed the dictionary's
        // "Europa", 0.6, out of every field's three)
        Map<TranslationLexicon.Translation, Float> share = shares(all, direct(translations, unit));
        return all.stream()
                .sorted(java.util.Comparator.comparing((TranslationLexicon.Translation t) -> share.get(t)).reversed()
                        .thenComparing(java.util.Comparator.comparing(TranslationLexicon.Translation::weight)
                                .reversed()))
                .filter(t -> taken.merge(t.field(), 1, Integer::sum) <= perField)
                .toList();
    }

    /** The unit's translations of the word itself (a dictionary's), which earn a share of 1 in their field. */
    private static List<TranslationLexicon.Translation> direct(
            Function<String, List<TranslationLexicon.Translation>> translations, String unit) {
        return translations instanceof Translations t ? t.direct(unit) : List.of();
    }

    /** The word's one term in the language of a text field, or null. */
    private static String ownTerm(String field, String word) {
        if (!field.startsWith(SearchFields.TEXT_PREFIX) || field.equals(SearchFields.TEXT_OTHER)) {
            return null;
        }
        String language = field.substring(SearchFields.TEXT_PREFIX.length());
        return TranslationTable.oneTerm(language, LanguageAnalyzers.terms(language, word));
    }

    /** Whether an item has the unit: typed on any field, as all its parts (a compound), or through a translation. */
    private static PredicateFinalStep unitFound(SearchPredicateFactory f, String unit,
            List<TranslationLexicon.Translation> found) {
        List<String> parts = unit.contains(" ") ? List.of() : QueryCompounds.parts(unit);
        if (found.isEmpty() && parts.isEmpty()) {
            return words(f, unit, UNIT, BooleanOperator.AND);
        }
        return f.bool(b -> {
            b.should(words(f, unit, UNIT, BooleanOperator.AND));
            if (!parts.isEmpty()) {
                b.should(words(f, String.join(" ", parts), UNIT, BooleanOperator.AND));
            }
            found.forEach(t -> b.should(translation(f, t)));
        });
    }

    /**
     * The share of the unit's bonus each of its translations earns: a translation of the word itself (lexicon,
     * dictionaries, a country's names: {@link Translations#direct}) its weight relative to the best such translation
     * into the same language, so the surest translation into a language counts as the word typed and the others by how
     * much less sure they are; a nationality or a spelling-alike word its own weight (they name a related word, or
     * guess). A lexicon's weight says how sure a pair is against the other pairs of the word, not how likely an item
     * with it is to be about the word: correct pairs often weigh 0.3-0.5.
     */
    static Map<TranslationLexicon.Translation, Float> shares(List<TranslationLexicon.Translation> found,
            List<TranslationLexicon.Translation> direct) {
        Set<String> isDirect = new HashSet<>();
        direct.forEach(t -> isDirect.add(t.field() + "|" + t.term()));
        Map<String, Float> best = new HashMap<>();
        found.stream().filter(t -> isDirect.contains(t.field() + "|" + t.term()))
                .forEach(t -> best.merge(t.field(), t.weight(), Math::max));
        Map<TranslationLexicon.Translation, Float> shares = new HashMap<>();
        for (TranslationLexicon.Translation t : found) {
            float own = Math.min(1f, t.weight());
            Float top = isDirect.contains(t.field() + "|" + t.term()) ? best.get(t.field()) : null;
            shares.put(t, top == null || top <= 0f ? own : Math.max(own, Math.min(1f, t.weight() / top)));
        }
        return shares;
    }

    /** One way an item may have a unit, and the share of the unit's bonus it earns. */
    private record Weighted(Function<SearchPredicateFactory, PredicateFinalStep> predicate, float weight) {
    }

    /**
     * The bonus of one unit ({@link #UNIT_BONUS}): the best way the item has it, typed (1) or translated (the
     * translation's share, {@link #shares}), counted once. An item is written in one language, so it can only match in that
     * language's fields: per language, the ways sorted by weight, each level a constant-score clause of all the ways
     * at or above it, boosted by the step to the next level: their sum is the bonus of the best way matched (a max
     * without a disjunction-max query, the same in Lucene and OpenSearch, and no term statistics in it). The languages
     * with no translation and no parts share one clause.
     */
    private static void unitBonus(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, String unit,
            List<TranslationLexicon.Translation> found, Map<TranslationLexicon.Translation, Float> shares) {
        List<String> parts = unit.contains(" ") ? List.of() : QueryCompounds.parts(unit);
        List<String> plain = new ArrayList<>();
        for (String field : SearchFields.TEXT_FIELDS) {
            List<Weighted> ways = new ArrayList<>();
            found.stream().filter(t -> t.field().equals(field))
                    .forEach(t -> ways.add(new Weighted(g -> translation(g, t), shares.get(t))));
            String partsField = SearchFields.partsFieldFor(field);
            if (partsField != null) {
                // the word as a part of a compound ("Munition" in "Munitionsproduktion"); a compound typed as its
                // parts ("Luftverteidigung" as "Verteidigung der Luft")
                ways.add(new Weighted(g -> typed(g, partsField, unit), PARTS_BOOST));
                if (!parts.isEmpty()) {
                    ways.add(new Weighted(g -> typed(g, field, String.join(" ", parts)), QUERY_PARTS_BOOST));
                }
            }
            if (ways.isEmpty()) {
                plain.add(field);
                continue;
            }
            ways.add(new Weighted(g -> typed(g, field, unit), 1f));
            ways.sort(java.util.Comparator.comparing(Weighted::weight).reversed());
            for (int level = 0; level < ways.size(); level++) {
                float next = level + 1 < ways.size() ? ways.get(level + 1).weight() : 0f;
                float step = ways.get(level).weight() - next;
                if (step < 0.001f) {
                    continue;
                }
                var any = f.bool();
                ways.subList(0, level + 1).forEach(way -> any.should(way.predicate().apply(f)));
                b.should(any.constantScore().boost(UNIT_BONUS * step));
            }
        }
        if (!plain.isEmpty()) {
            b.should(f.simpleQueryString().fields(plain.toArray(String[]::new)).matching(unit).flags(UNIT)
                    .defaultOperator(BooleanOperator.AND).constantScore().boost(UNIT_BONUS));
        }
    }

    /** The words typed, all of them, on one field (analysed by its analyzer). */
    private static PredicateFinalStep typed(SearchPredicateFactory f, String field, String words) {
        return f.simpleQueryString().field(field).matching(words).flags(UNIT).defaultOperator(BooleanOperator.AND);
    }

    /**
     * A unit of the query: its words, or their translations learned from the portal's language versions
     * ({@link TranslationLexicon}), each weighted by how sure the translation is; a compound also by its parts
     * ({@link QueryCompounds}), each part as a word or through its translations: all its parts, or any one part when
     * the compound is the whole query and nothing had it ({@code anyPart}), the items with the modifiers of a compound
     * of three or more parts first ("Munitionsproduktionsgesetz" / "Verordnung zur Förderung der Munitionsproduktion"). The
     * modifiers alone are not enough otherwise: "Ostflankenwache" is an initiative, not every "Ostflanke".
     */
    private static PredicateFinalStep translated(SearchPredicateFactory f, String unit, boolean anyPart,
            Function<String, List<TranslationLexicon.Translation>> translations,
            List<TranslationLexicon.Translation> fromPairs) {
        boolean oneWord = !unit.contains(" ");
        List<TranslationLexicon.Translation> found = oneWord ? translations.apply(unit) : List.of();
        List<String> parts = oneWord ? QueryCompounds.parts(unit) : List.of();
        if (found.isEmpty() && parts.isEmpty() && fromPairs.isEmpty()) {
            return words(f, unit, UNIT, BooleanOperator.AND);
        }
        return f.bool(b -> {
            b.should(words(f, unit, UNIT, BooleanOperator.AND));
            addTranslations(f, b, found);
            addTranslations(f, b, fromPairs.stream().filter(t -> !found.contains(t)).toList());
            // a word's translation into German or Dutch as a part of those languages' compounds, weighing half a part's
            // match: "samoloty" is the "vliegtuig" of "gevechtsvliegtuigen", "difesa" the "defensie" of "defensiebudget"
            found.forEach(t -> {
                String partsField = SearchFields.partsFieldFor(t.field());
                if (partsField != null && !isPhrase(t)) {
                    b.should(f.match().field(partsField).matching(t.term()).skipAnalysis()
                            .boost(TRANSLATION_BOOST * PARTS_BOOST * WORD_AS_PART_SHARE * t.weight()));
                }
            });
            if (!parts.isEmpty()) {
                // every part, as a word or a part of another compound of the text, or through its translations
                var allParts = f.bool();
                parts.forEach(part -> allParts.should(part(f, part, translations)));
                allParts.minimumShouldMatchNumber(anyPart ? 1 : parts.size());
                b.should(allParts.boost(QUERY_PARTS_BOOST));
                // a compound of three or more parts whose modifiers, or whose last parts, a dictionary knows as one
                // word: "Luftverteidigung" + "System" (an "air defence" "system"), "Panzerabwehr" + "Gräben" ("anti-tank"
                // "ditches"), "Marine" + "Schiffbau" ("naval" "shipbuilding"); the parts one by one translate otherwise
                for (List<String> grouped : groupings(parts)) {
                    String joined = parts.contains(grouped.get(0)) ? grouped.get(1) : grouped.get(0);
                    if (!translations.apply(joined).isEmpty()) {
                        var both = f.bool();
                        grouped.forEach(part -> both.must(part(f, part, translations)));
                        b.should(both.boost(QUERY_PARTS_BOOST));
                    }
                }
                if (parts.size() > 2 && anyPart) {
                    // among the items with any part, those with its modifiers without the head first:
                    // "Munitionsproduktionsgesetz" is about "Munitionsproduktion"
                    var modifiers = f.bool();
                    parts.subList(0, parts.size() - 1).forEach(part -> modifiers.must(part(f, part, translations)));
                    b.should(modifiers.boost(QUERY_PARTS_BOOST * MODIFIERS_SHARE));
                }
            }
        });
    }

    /**
     * The parts of a compound of three or more parts in two groups: its modifiers as one word and its head, its first
     * part and the rest as one word ("Luft", "verteidigung", "system": "Luftverteidigung" + "system", "Luft" +
     * "verteidigungsystem"; the linking "s" the splitter dropped is not put back).
     */
    static List<List<String>> groupings(List<String> parts) {
        if (parts.size() < 3) {
            return List.of();
        }
        int n = parts.size();
        return List.of(List.of(String.join("", parts.subList(0, n - 1)), parts.get(n - 1)),
                List.of(parts.get(0), String.join("", parts.subList(1, n))));
    }

    /** A part of a compound typed: as a word (or a part of another compound), or through its translations. */
    private static PredicateFinalStep part(SearchPredicateFactory f, String part,
            Function<String, List<TranslationLexicon.Translation>> translations) {
        List<TranslationLexicon.Translation> ofPart = translations.apply(part);
        return ofPart.isEmpty() ? words(f, part, UNIT, BooleanOperator.AND) : f.bool(p -> {
            p.should(words(f, part, UNIT, BooleanOperator.AND));
            addTranslations(f, p, ofPart);
            // a part's translation into German or Dutch is often a part of a compound there too: "munitie" + "fabriek"
            // is the "Munitionsfabrik", "Sanktion" + "Umgehung" the "sanctieontduiking"
            ofPart.forEach(t -> {
                String parts = SearchFields.partsFieldFor(t.field());
                if (parts != null && !isPhrase(t)) {
                    p.should(f.match().field(parts).matching(t.term()).skipAnalysis()
                            .boost(TRANSLATION_BOOST * PARTS_BOOST * t.weight()));
                }
            });
        });
    }

    private static void addTranslations(SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> b,
            List<TranslationLexicon.Translation> found) {
        found.forEach(t -> b.should(translation(f, t)));
    }

    /**
     * One translation on its field: a term as the field holds it, or a translation of several words ("air defence", from
     * a dictionary) as a phrase of its words, which the field's analysis reads.
     */
    static PredicateFinalStep translation(SearchPredicateFactory f, TranslationLexicon.Translation t) {
        return isPhrase(t) ? f.phrase().field(t.field()).matching(t.term()).boost(TRANSLATION_BOOST * t.weight())
                : f.match().field(t.field()).matching(t.term()).skipAnalysis().boost(TRANSLATION_BOOST * t.weight());
    }

    private static boolean isPhrase(TranslationLexicon.Translation t) {
        return t.term().indexOf(' ') >= 0;
    }

    /**
     * A date of the query: items of that day (or within three days of it), month, season or year, or with its words;
     * the item's date weighs more than the words, a day or month more than a year.
     */
    private static PredicateFinalStep date(SearchPredicateFactory f, QueryDates.Span date) {
        float boost = date.wholeYear() ? YEAR_BOOST : DATE_BOOST;
        return f.bool(b -> {
            b.should(f.range().field(SearchFields.DATE).between(date.from(), date.to()).constantScore()
                    .boost(boost));
            if (date.day()) {
                b.should(f.range().field(SearchFields.DATE).between(date.from().minusDays(3), date.to().plusDays(3))
                        .constantScore().boost(boost / 2));
            }
            b.should(words(f, String.join(" ", date.words()), UNIT, BooleanOperator.OR));
        });
    }

    /** Words on every field the reader's words are looked for in, with the fields' weights. */
    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> words(
            SearchPredicateFactory f, String text, Set<SimpleQueryFlag> flags, BooleanOperator operator) {
        return f.simpleQueryString().fields(SearchFields.TEXT_FIELDS.toArray(String[]::new))
                .field(SearchFields.CONCEPTS).boost(CONCEPT_BOOST)
                .field(SearchFields.HEADING).boost(HEADING_BOOST)
                .fields(SearchFields.PARTS_FIELDS.toArray(String[]::new)).boost(PARTS_BOOST)
                .fields(SearchFields.CONCEPT_PARTS_FIELDS.toArray(String[]::new)).boost(CONCEPT_BOOST * PARTS_BOOST)
                .matching(text)
                .defaultOperator(operator)
                .flags(flags);
    }
}
