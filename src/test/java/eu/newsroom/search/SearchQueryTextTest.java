package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.search.QueryText.Notice;
import org.junit.jupiter.api.Test;

/** Query cleaning and snippet escaping, without the application. */
class SearchQueryTextTest {

    @Test
    void wellFormedSyntaxIsKeptAndOperatorWordsAreTranslated() {
        QueryText q = QueryText.parse("\"military mobility\" OR Militärmobilität NOT ukraine");
        assertThat(q.structured()).isTrue();
        assertThat(q.text()).isEqualTo("\"military mobility\" | Militärmobilität -ukraine");
        assertThat(q.notices()).isEmpty();
        assertThat(QueryText.parse("ukraine AND russia").text()).isEqualTo("ukraine + russia");
        // lower-case "or" is a word, not an operator
        assertThat(QueryText.parse("either or").text()).isEqualTo("either or");
    }

    /**
     * Only a "-" written against its word excludes it ("-ukraine", and "NOT ukraine"); a hyphen with a space on each
     * side is a dash, as typists write one between two dates or two names ("März - Mai 2024").
     */
    @Test
    void aHyphenBetweenSpacesIsADashNotAnExclusion() {
        QueryText period = QueryText.parse("Munition März - Mai 2024");
        QueryPlan plan = QueryPlan.of(period.text());
        assertThat(plan.excluded()).isEmpty();
        assertThat(plan.dates()).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
            assertThat(d.to()).isEqualTo(java.time.LocalDate.of(2024, 5, 31));
        });
        assertThat(plan.counted()).containsExactly("Munition");
        assertThat(QueryPlan.of(QueryText.parse("Rafale - Eurofighter").text()).counted())
                .containsExactly("Rafale", "Eurofighter");
        assertThat(QueryPlan.of(QueryText.parse("- Rafale").text()).excluded()).isEmpty();
        // the reader's exclusions keep their meaning
        assertThat(QueryPlan.of(QueryText.parse("Rafale -Eurofighter").text()).excluded())
                .containsExactly("Eurofighter");
        assertThat(QueryPlan.of(QueryText.parse("Rafale NOT Eurofighter").text()).excluded())
                .containsExactly("Eurofighter");
        assertThat(QueryText.parse("F-35 - Gripen").text()).contains("F-35");
        // a no-break space beside the hyphen is a space too
        assertThat(QueryPlan.of(QueryText.parse("Rafale -\u00a0Eurofighter").text()).excluded()).isEmpty();
        assertThat(QueryPlan.of(QueryText.parse("Rafale\u202f-\u2009Eurofighter").text()).excluded()).isEmpty();
    }

    @Test
    void unreadableSyntaxFallsBackToItsWords() {
        QueryText unbalanced = QueryText.parse("\"Unterstützung der Ukraine");
        assertThat(unbalanced.structured()).isFalse();
        assertThat(unbalanced.text()).isEqualTo("Unterstützung der Ukraine");
        assertThat(unbalanced.notices()).containsExactly(Notice.PLAIN_TERMS);
        assertThat(QueryText.parse("((ukraine").text()).isEqualTo("ukraine");
        assertThat(QueryText.parse("ukraine OR").notices()).containsExactly(Notice.PLAIN_TERMS);
    }

    @Test
    void aQueryOfWordsOrOnePhraseCanBeAName() {
        assertThat(QueryText.asName("drone wall")).isEqualTo("drone wall");
        assertThat(QueryText.asName(" \"Eastern Flank Watch\" ")).isEqualTo("Eastern Flank Watch");
        assertThat(QueryText.asName("EU-UK")).isEqualTo("EU-UK");
        // operators, exclusions and several phrases are not a name
        assertThat(QueryText.asName("Kubilius -SAFE")).isNull();
        assertThat(QueryText.asName("EPF | EFF")).isNull();
        assertThat(QueryText.asName("\"drone\" \"wall\"")).isNull();
        assertThat(QueryText.asName("")).isNull();
        assertThat(QueryText.isOnePhrase("\"game changer\"")).isTrue();
        assertThat(QueryText.isOnePhrase("\"game changer\" Kallas")).isFalse();
        assertThat(QueryText.isOnePhrase("\"game\" \"changer\"")).isFalse();
        assertThat(QueryText.isOnePhrase("\"\"")).isFalse();
    }

    @Test
    void queriesWithoutWordsAreEmpty() {
        for (String q : new String[] {"*:*", "-", "AND OR (", "| |", "\"\"", "\u0000\u0001"}) {
            QueryText parsed = QueryText.parse(q);
            assertThat(parsed.isEmpty()).as(q).isTrue();
            assertThat(parsed.notices()).as(q).containsExactly(Notice.NO_TERMS);
        }
        assertThat(QueryText.parse(null).notices()).isEmpty();
        assertThat(QueryText.parse("   ").notices()).isEmpty();
    }

    @Test
    void controlCharactersAndMarkersAreRemovedAndLengthIsCapped() {
        assertThat(QueryText.parse("\u0000Brüssel\u0007\uE000").text()).isEqualTo("Brüssel");
        QueryText longQuery = QueryText.parse("a".repeat(QueryText.MAX_LENGTH + 50));
        assertThat(longQuery.text()).hasSize(QueryText.MAX_LENGTH);
        assertThat(longQuery.notices()).containsExactly(Notice.TRUNCATED);
        QueryText manyWords = QueryText.parse("word ".repeat(100));
        assertThat(manyWords.text().split(" ")).hasSize(QueryText.MAX_WORDS);
        assertThat(manyWords.notices()).containsExactly(Notice.TRUNCATED);
    }

    @Test
    void snippetsEscapeEverythingButOurMarks() {
        String marked = "<b>x</b> & \"" + Snippets.OPEN + "Brüssel" + Snippets.CLOSE + " <script>" + Snippets.OPEN + "y";
        assertThat(Snippets.sanitizedHtml(marked))
                .isEqualTo("&lt;b&gt;x&lt;/b&gt; &amp; &quot;<mark>Brüssel</mark> &lt;script&gt;<mark>y</mark>");
        assertThat(Snippets.plain(marked)).isEqualTo("<b>x</b> & \"Brüssel <script>y");
        assertThat(Snippets.highlightedTerms(marked)).containsExactly("Brüssel");
        // a stray closing marker never produces an unbalanced tag
        assertThat(Snippets.sanitizedHtml(Snippets.CLOSE + "a")).isEqualTo("a");
    }
}
