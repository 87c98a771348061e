package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17's reading of a query, without the application: enough of the words, stop words, syntax, dates. */
class QueryPlanTest {

    @Test
    void enoughOfTheWordsGrowsWithTheQuery() {
        assertThat(QueryPlan.of("Kallas").enough()).isEqualTo(1);
        assertThat(QueryPlan.of("Kaja Kallas").enough()).isEqualTo(2);
        assertThat(QueryPlan.of("Japan Korea partnership").enough()).isEqualTo(2);
        // "EU" in capitals is not the French stop word "eu"
        assertThat(QueryPlan.of("EU sanctions Russian LNG").enough()).isEqualTo(3);
        // "down" is an English stop word: five counted words, three of them enough
        assertThat(QueryPlan.of("Italian destroyer shoots down Houthi drone").enough()).isEqualTo(3);
        assertThat(QueryPlan.of("Italian destroyer shoots Houthi drone Yemen coast").enough()).isEqualTo(5);
    }

    @Test
    void stopWordsOfTheQueryLanguageAreNotCounted() {
        QueryPlan plan = QueryPlan.of("which member states have asked for SAFE defence loans");
        assertThat(plan.stopWords()).contains("which", "have", "for");
        assertThat(plan.counted()).containsExactly("member", "states", "asked", "SAFE", "defence", "loans");
        // the query's language is the one whose list holds most of its words: "die" is German here
        assertThat(QueryPlan.of("die Ukraine").counted()).containsExactly("Ukraine");
        assertThat(QueryPlan.of("the").counted()).containsExactly("the");
    }

    @Test
    void explicitSyntaxKeepsItsMeaning() {
        QueryPlan plan = QueryPlan.of("\"game changer\" +Kallas drones -Russia EPF | EFF");
        assertThat(plan.required()).containsExactly("\"game changer\"", "Kallas");
        assertThat(plan.excluded()).containsExactly("Russia");
        assertThat(plan.counted()).containsExactly("drones", "EPF | EFF");
        assertThat(QueryPlan.of("(a | b) c").grouped()).isTrue();
    }

    @Test
    void datesAreOneUnitEach() {
        QueryPlan plan = QueryPlan.of("defence ministers meeting 1 December 2025");
        assertThat(plan.dates()).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(d.day()).isTrue();
        });
        assertThat(plan.counted()).containsExactly("defence", "ministers", "meeting");
        assertThat(QueryDates.find(List.of("Rat", "17.", "März", "2025")).get(0).from()).isEqualTo(LocalDate.of(2025, 3, 17));
        QueryDates.Span month = QueryDates.find(List.of("ćwiczenia", "październik", "2026")).get(0);
        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(QueryDates.find(List.of("Prinsjesdag", "2026")).get(0).to()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void datesWrittenInDigitsSeasonsAndQuartersAreRead() {
        QueryDates.Span day = QueryDates.find(List.of("Gipfel", "17.03.2025")).get(0);
        assertThat(day.from()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(day.day()).isTrue();
        assertThat(QueryDates.find(List.of("2025-03-17")).get(0).to()).isEqualTo(LocalDate.of(2025, 3, 17));
        QueryDates.Span month = QueryDates.find(List.of("2025-03")).get(0);
        assertThat(month.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(QueryDates.find(List.of("03/2025")).get(0).to()).isEqualTo(LocalDate.of(2025, 3, 31));
        QueryDates.Span american = QueryDates.find(List.of("summit", "December", "1,", "2025")).get(0);
        assertThat(american.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(american.words()).containsExactly("December", "1,", "2025");
        QueryDates.Span spring = QueryDates.find(List.of("Frühjahr", "2025")).get(0);
        assertThat(spring.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(spring.to()).isEqualTo(LocalDate.of(2025, 5, 31));
        QueryDates.Span winter = QueryDates.find(List.of("hiver", "2025")).get(0);
        assertThat(winter.from()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(winter.to()).isEqualTo(LocalDate.of(2025, 2, 28));
        QueryDates.Span quarter = QueryDates.find(List.of("Q3", "2025")).get(0);
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(quarter.to()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(QueryDates.find(List.of("2025")).get(0).wholeYear()).isTrue();
        assertThat(quarter.wholeYear()).isFalse();
        assertThat(month.wholeYear()).isFalse();
        // not dates: a day that does not exist, a number that is no year
        assertThat(QueryDates.find(List.of("31.02.2025", "F-35", "5,4%"))).isEmpty();
    }

    @Test
    void datesAreReadWithTheirLinkingWordsYearWordsAndPeriods() {
        QueryDates.Span spanish = QueryDates.find(List.of("sanciones", "en", "junio", "de", "2024")).get(0);
        assertThat(spanish.from()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(spanish.words()).containsExactly("junio", "de", "2024");
        assertThat(QueryDates.find(List.of("17", "de", "marzo", "de", "2025")).get(0).from())
                .isEqualTo(LocalDate.of(2025, 3, 17));
        QueryDates.Span polish = QueryDates.find(List.of("drony", "we", "wrześniu", "2025")).get(0);
        assertThat(polish.to()).isEqualTo(LocalDate.of(2025, 9, 30));
        QueryPlan year = QueryPlan.of("ile Polska wyda na obronność w 2026 roku");
        assertThat(year.dates()).singleElement().satisfies(d -> assertThat(d.words()).containsExactly("2026", "roku"));
        assertThat(year.counted()).doesNotContain("roku");
        assertThat(QueryDates.find(List.of("im", "Jahr", "2026")).get(0).words()).containsExactly("Jahr", "2026");
        QueryDates.Span period = QueryDates.find(List.of("Munition", "März", "bis", "Mai", "2024")).get(0);
        assertThat(period.from()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2024, 5, 31));
        QueryDates.Span winter = QueryDates.find(List.of("od", "listopada", "do", "lutego", "2025")).get(0);
        assertThat(winter.from()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(winter.to()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(QueryDates.find(List.of("from", "2024", "to", "2025")).get(0).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        // a month alone is no date, nor the word for "to" without a second date
        assertThat(QueryDates.find(List.of("Mai", "bis", "heute"))).isEmpty();
    }

    @Test
    void periodsBetweenTwoMonthsHalvesQuartersAndPhasesOfAYearAreRead() {
        assertPeriod(List.of("drone", "incidents", "between", "July", "and", "December", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("zwischen", "Juli", "und", "Dezember", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("entre", "juillet", "et", "décembre", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("tra", "luglio", "e", "dicembre", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("tussen", "juli", "en", "december", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("między", "lipcem", "a", "grudniem", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("first", "half", "of", "2024"), "2024-01-01", "2024-06-30");
        assertPeriod(List.of("im", "zweiten", "Halbjahr", "2025"), "2025-07-01", "2025-12-31");
        assertPeriod(List.of("premier", "semestre", "2024"), "2024-01-01", "2024-06-30");
        assertPeriod(List.of("primer", "trimestre", "de", "2025"), "2025-01-01", "2025-03-31");
        assertPeriod(List.of("w", "pierwszej", "połowie", "2024", "roku"), "2024-01-01", "2024-06-30");
        assertPeriod(List.of("derde", "kwartaal", "van", "2025"), "2025-07-01", "2025-09-30");
        assertPeriod(List.of("l'automne", "2025"), "2025-09-01", "2025-11-30");
        assertPeriod(List.of("het", "najaar", "van", "2025"), "2025-09-01", "2025-11-30");
        assertPeriod(List.of("end", "of", "2025"), "2025-09-01", "2025-12-31");
        assertPeriod(List.of("Anfang", "2026"), "2026-01-01", "2026-04-30");
        // "between" and the "and" belong to the period; "from" before one date stays a word of the query
        QueryPlan plan = QueryPlan.of("drone incidents between July and December 2025");
        assertThat(plan.counted()).containsExactly("drone", "incidents");
        assertThat(QueryDates.find(List.of("aid", "from", "March", "2025")).get(0).words()).containsExactly("March", "2025");
        // an ordinal or a phase without a year is no date
        assertThat(QueryDates.find(List.of("first", "half", "time"))).isEmpty();
        assertThat(QueryDates.find(List.of("early", "warning", "2025")).get(0).wholeYear()).isTrue();
    }

    private static void assertPeriod(List<String> words, String from, String to) {
        assertThat(QueryDates.find(words)).as(String.join(" ", words)).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo(LocalDate.parse(from));
            assertThat(d.to()).isEqualTo(LocalDate.parse(to));
        });
    }

    @Test
    void aCapitalisedWordAfterTheFirstIsNoStopWord() {
        assertThat(QueryPlan.of("Marineeinsatz Rotes Meer").counted()).containsExactly("Marineeinsatz", "Rotes", "Meer");
        assertThat(QueryPlan.of("Die Rolle der EU").stopWords()).containsExactly("Die", "der");
    }

    @Test
    void aHyphenatedWordIsItsWords() {
        assertThat(QueryPlan.of("Erstflug der SIRTAP-Drohne").counted()).containsExactly("Erstflug", "SIRTAP", "Drohne");
        assertThat(QueryPlan.of("F-35 NIS-2 EU-Erklärung").counted()).containsExactly("F-35", "NIS-2", "EU-Erklärung");
        // "Luft- und Raketenabwehr" is "Luftabwehr und Raketenabwehr"; a next word that is no compound lends nothing
        assertThat(QueryPlan.of("Luft- und Raketenabwehr").counted()).containsExactly("Luftabwehr", "Raketenabwehr");
        assertThat(QueryPlan.of("Nord- und Ostsee").counted()).containsExactly("Nord", "Ostsee");
        assertThat(QueryPlan.of("Ausbildungsmission").relaxable()).isTrue();
        assertThat(QueryPlan.of("Mission").relaxable()).isFalse();
    }

    @Test
    void aCompoundOfTheQueryIsSplitIntoItsParts() {
        assertThat(QueryCompounds.parts("Luftverteidigung")).extracting(String::toLowerCase)
                .containsExactly("luft", "verteidigung");
        assertThat(QueryCompounds.parts("Munitionsproduktion")).extracting(String::toLowerCase)
                .containsExactly("munition", "produktion");
        assertThat(QueryCompounds.parts("artilleriemunitie")).containsExactly("artillerie", "munitie");
        // not compounds, or too short to be one
        assertThat(QueryCompounds.parts("Verteidigung")).isEmpty();
        assertThat(QueryCompounds.parts("Kallas")).isEmpty();
        assertThat(QueryCompounds.parts("Patriot-Raketen")).isEmpty();
    }

    @Test
    void aLongDutchCompoundThatTheWordListKnowsWholeIsSplitInAQuery() {
        // the Dutch word list has these whole, so the index keeps them whole; a query also looks for their parts
        assertThat(QueryCompounds.parts("satellietcommunicatie")).containsExactly("satelliet", "communicatie");
        assertThat(QueryCompounds.parts("munitiefabriek")).containsExactly("munitie", "fabriek");
        assertThat(eu.newsroom.search.internal.DutchCompounds.parts("munitiefabriek")).containsExactly("munitiefabriek");
        // a shorter word of the list stays whole (12 letters: "vredesmissie" would split into "vredes" + "missie")
        assertThat(QueryCompounds.parts("vredesmissie")).isEmpty();
    }

    @Test
    void learnedTranslationsComeFromAlignedVersions() {
        var units = java.util.Map.of(
                "g1|t", java.util.Map.of("en", "Ammunition deliveries to Kyiv", "de", "Munition Lieferungen nach Kiew"),
                "g2|t", java.util.Map.of("en", "More ammunition this spring", "de", "Mehr Munition diesen Frühling"),
                "g3|t", java.util.Map.of("en", "Ammunition plant opens", "de", "Munition Werk eröffnet"));
        var lexicon = TranslationLexicon.learn(units);
        assertThat(lexicon.get("en|ammunit")).extracting(TranslationLexicon.Translation::term).contains("munition");
    }

    @Test
    void eachWordIsLinkedToOneWordOfItsAlignedSentenceTheBestFirst() {
        // "munición" and "Jahr" occur together as often as "munición" and "Munition": co-occurrence alone cannot tell,
        // the one-to-one linking with spelling as the tie-break does, and "año" is left to "Jahr"
        var units = java.util.Map.of(
                "g1|t", java.util.Map.of("es", "Munición para este año", "de", "Munition für dieses Jahr"),
                "g2|t", java.util.Map.of("es", "Más munición este año", "de", "Mehr Munition dieses Jahr"));
        var lexicon = TranslationLexicon.learn(units);
        assertThat(lexicon.get("es|municion")).extracting(TranslationLexicon.Translation::term)
                .containsExactly("munition");
        assertThat(lexicon.get("de|jahr")).extracting(TranslationLexicon.Translation::term).containsExactly("ano");
    }

    @Test
    void aPairSpelledAlikeIsLearnedFromOneAlignedSentence() {
        var units = java.util.Map.of(
                "g1|t", java.util.Map.of("es", "La fragata española zarpa", "it", "La fregata spagnola salpa"));
        assertThat(TranslationLexicon.learn(units).get("es|fragat")).extracting(TranslationLexicon.Translation::term)
                .containsExactly("fregat");
    }

    @Test
    void theLanguageOfAQueryIsTheOneOfMostOfItsStopWords() {
        assertThat(StopWords.languagesOf(List.of("which", "member", "states", "have", "asked", "for", "loans")))
                .containsExactly("en");
        // one stop word that several languages share says nothing
        assertThat(StopWords.languagesOf(List.of("fábrica", "de", "munición"))).isEmpty();
    }

    @Test
    void twoAdjacentWordsADictionaryTranslatesTogetherMatchEachOfThem() {
        QueryPlan plan = QueryPlan.of("new air defence for Poland");
        TranslationLexicon.Translation compound = new TranslationLexicon.Translation("text_de", "luftverteidig", 0.6f);
        var fromPairs = Matching.pairTranslations(plan,
                words -> words.equals("air defence") ? List.of(compound) : List.of());
        assertThat(fromPairs).containsOnlyKeys("air", "defence");
        assertThat(fromPairs.get("air")).containsExactly(compound);
        assertThat(fromPairs.get("defence")).containsExactly(compound);
        // a stop word between them: not adjacent words of the query
        assertThat(Matching.pairTranslations(QueryPlan.of("air and defence"),
                words -> words.equals("air defence") ? List.of(compound) : List.of())).isEmpty();
    }

    @Test
    void aCompoundOfThreePartsIsAlsoItsModifiersAndHeadOrItsFirstPartAndTheRest() {
        assertThat(Matching.groupings(List.of("Luft", "verteidigung", "system"))).containsExactly(
                List.of("Luftverteidigung", "system"), List.of("Luft", "verteidigungsystem"));
        assertThat(Matching.groupings(List.of("Panzer", "abwehr", "gräben"))).first()
                .isEqualTo(List.of("Panzerabwehr", "gräben"));
        assertThat(Matching.groupings(List.of("Munition", "produktion"))).isEmpty();
    }
}
