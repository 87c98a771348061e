package eu.newsroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The compound splitting filters on their own: the parts they index, and what they leave out. */
class CompoundPartsFilterTest {

    private final TokenFilterFactory german = factory("de");
    private final TokenFilterFactory dutch = factory("nl");

    @Test
    void germanCompoundsAreSplitIntoTheirParts() throws IOException {
        assertThat(terms(german, "Munitionsproduktion")).containsExactly("Munition", "produktion");
        assertThat(terms(german, "Antikorruptionsuntersuchungen"))
                .containsExactly("Anti", "korruption", "untersuchungen");
        assertThat(terms(german, "Fähigkeitskoalitionen")).containsExactly("Fähigkeit", "koalitionen");
    }

    @Test
    void wordsThatAreNotCompoundsAreLeftToTheTextField() throws IOException {
        assertThat(terms(german, "Die Unterstützung der Ukraine")).isEmpty();
        // words of the Dutch list are not split into suffix-like pieces ("onderhandel" + "ingen")
        assertThat(terms(dutch, "De onderhandelingen over infrastructuur")).isEmpty();
    }

    @Test
    void dutchCompoundsAreSplitOnTheWordListFromTheBuild() throws IOException {
        assertThat(terms(dutch, "artilleriemunitie")).containsExactly("artillerie", "munitie");
        // linking s, and a plural part
        assertThat(terms(dutch, "Vredesfaciliteit")).containsExactly("vredes", "faciliteit");
        assertThat(terms(dutch, "capaciteitstekorten")).containsExactly("capaciteits", "tekorten");
        assertThat(terms(dutch, "luchtverdediging")).containsExactly("lucht", "verdediging");
    }

    @Test
    void thePartsFieldValueHoldsTheCompoundsPartsOnly() {
        // the value both backends index in text_de_parts / text_nl_parts (CompoundText)
        assertThat(CompoundText.parts("Mehr Munitionsproduktion und Luftverteidigung, sagt die Kommission.", "de"))
                .isEqualTo("Munition produktion Luft verteidigung");
        assertThat(CompoundText.parts("Extra artilleriemunitie via de Vredesfaciliteit", "nl"))
                .isEqualTo("artillerie munitie vredes faciliteit");
        assertThat(CompoundText.parts("Die Unterstützung der Ukraine", "de")).isEmpty();
    }

    @Test
    void partsFollowEachOtherAtTheCompoundsPlace() throws IOException {
        List<String> seen = new ArrayList<>();
        try (TokenStream stream = german.create(tokenizer("mehr Munitionsproduktion und Luftverteidigung"))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var position = stream.addAttribute(PositionIncrementAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                seen.add(term + "+" + position.getPositionIncrement() + "@" + offset.startOffset());
            }
            stream.end();
        }
        // "mehr" and "und" are dropped but their positions kept, so parts of different words are not adjacent
        assertThat(seen).containsExactly("Munition+2@5", "produktion+1@5", "Luft+2@29", "verteidigung+1@29");
    }

    @Test
    void overlongTokensAreNotSplit() throws IOException {
        String longWord = "Munitionsproduktion".repeat(4);
        assertThat(terms(german, longWord)).isEmpty();
    }

    @Test
    void unknownParametersAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new CompoundPartsFilterFactory(new HashMap<>(Map.of("language", "de", "minSubwordSize", "3"))))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> factory("fi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fi");
    }

    private static TokenFilterFactory factory(String language) {
        return new CompoundPartsFilterFactory(new HashMap<>(Map.of("language", language)));
    }

    static List<String> terms(TokenFilterFactory factory, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = factory.create(tokenizer(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static StandardTokenizer tokenizer(String text) {
        var tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }
}
