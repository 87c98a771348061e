package eu.newsroom.ingest;

import eu.newsroom.actor.ActorKind;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.ingest.internal.StatementReader;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** The choices the review form offers: known actors for speakers, donors and recipients, and the fixed lists. */
@Component
class AssistantChoices {

    /** An actor to choose in a list. */
    record Choice(String value, String label) {
    }

    static final List<String> KINDS = List.of("press-release", "remarks", "statement", "background", "summary");
    static final List<String> QUALIFIERS = List.of("exact", "over", "about", "up-to", "range");
    static final List<String> CATEGORIES = List.of("financial", "military", "humanitarian", "budget", "industrial");
    static final List<String> STATUSES = List.of("proposed", "pledged", "agreed", "allocated", "delivered");
    /** The notes the assistant gives about a statement's speaker (message keys under assistant.speaker.note). */
    static final List<String> SPEAKER_NOTES = List.of(StatementReader.ANAPHORA, StatementReader.NO_ANTECEDENT,
            StatementReader.OFFICE_ONLY, StatementReader.LONE_NAME, StatementReader.NO_EVIDENCE,
            StatementReader.UNFRAMED,
            StatementReader.CIRCLE_ONLY, StatementReader.COMPANY_ANAPHORA, StatementReader.NO_COMPANY);
    static final List<String> INITIATIVE_KINDS = List.of("project", "roadmap", "package", "mission", "coalition",
            "agreement", "instrument");

    private final ActorRepository actors;

    AssistantChoices(ActorRepository actors) {
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    void addTo(Model model, Locale locale) {
        var all = actors.findAll().stream().sorted(Comparator.comparing(a -> a.nameIn(locale))).toList();
        model.addAttribute("people", all.stream().filter(a -> a.getKind() == ActorKind.PERSON)
                .map(a -> new Choice(a.getSlug(), a.nameIn(locale))).toList());
        // institutions and states are speakers too ("the Council said") as well as donors and recipients
        model.addAttribute("parties", all.stream().filter(a -> a.getKind() != ActorKind.PERSON)
                .map(a -> new Choice(a.getSlug(), a.nameIn(locale))).toList());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("qualifiers", QUALIFIERS);
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("initiativeKinds", INITIATIVE_KINDS);
        model.addAttribute("speakerNotes", SPEAKER_NOTES);
    }
}
