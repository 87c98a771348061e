package eu.newsroom.ingest;

import eu.newsroom.ingest.Extraction.StatementProposal;
import eu.newsroom.ingest.internal.Extractor;
import eu.newsroom.ingest.internal.Gazetteer;
import java.util.List;

/** The tests of the speaker grammar: what the reader proposes for a body, under a fixed dateline. */
final class SpeakersOfText {

    private static final Gazetteer GAZETTEER = DemoGazetteer.load();

    private SpeakersOfText() {
    }

    /** The statements proposed for this body, in order, with the demo corpus's known names. */
    static List<StatementProposal> statementsOf(String lang, String body) {
        String text = "BRUSSELS, 3 March 2026 – Test.\n\n" + body;
        return Extractor.extract(text, lang, "given", GAZETTEER).statements();
    }

    /** Each proposed statement's speaker, in order; "-" for a statement proposed without one. */
    static List<String> speakers(String lang, String body) {
        return statementsOf(lang, body).stream().map(s -> s.speaker() == null ? "-" : s.speaker()).toList();
    }
}
