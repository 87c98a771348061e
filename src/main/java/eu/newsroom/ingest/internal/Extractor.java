package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction;
import eu.newsroom.ingest.Extraction.CommitmentProposal;
import eu.newsroom.ingest.Extraction.Dateline;
import eu.newsroom.ingest.Extraction.InitiativeProposal;
import eu.newsroom.ingest.Extraction.Passage;
import eu.newsroom.ingest.Extraction.StatementProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs the readers over a plain text and puts their proposals together, linking each statement to the
 * commitments and initiatives mentioned inside it. Pure: the known names come in as a {@link Gazetteer}.
 */
public final class Extractor {

    private Extractor() {
    }

    public static Extraction extract(String text, String lang, String langSource, Gazetteer gazetteer) {
        Optional<Dateline> dateline = DatelineReader.read(text);
        Optional<Passage> title = HeadReader.title(text, dateline);
        Optional<HeadReader.Points> points = HeadReader.points(text);
        List<Span> sentences = afterDateline(text, Sentences.of(text), dateline);
        var amounts = AmountReader.read(text, lang);
        ActorMentions actors = new ActorMentions(gazetteer);
        Set<String> knownSlugs = gazetteer.initiatives().stream().map(Gazetteer.KnownInitiative::slug)
                .collect(Collectors.toSet());
        List<InitiativeProposal> initiatives = InitiativeSpotter.spot(text, gazetteer, knownSlugs);
        List<CommitmentProposal> commitments = CommitmentReader.read(text, sentences, amounts, lang, actors);
        List<Span> skipped = new ArrayList<>();
        points.ifPresent(p -> skipped.add(p.block()));
        title.ifPresent(t -> skipped.add(new Span(t.start(), t.end())));
        List<Span> names = initiatives.stream().map(i -> new Span(i.start(), i.end())).toList();
        var said = StatementReader.read(text, sentences, lang, dateline.map(Dateline::date).orElse(null), actors,
                gazetteer, names, skipped);
        List<StatementProposal> statements = said.stream().map(s -> new StatementProposal(s.kind(), s.text(),
                s.speaker(), s.actor(), s.role(), s.span().start(), s.span().end(),
                inside(s.span(), commitments.stream().map(c -> new Span(c.start(), c.end())).toList()),
                inside(s.span(), names), s.speakerKind(), s.span().in(text), s.note())).toList();
        return new Extraction(text, lang, langSource, dateline.orElse(null), title.orElse(null),
                points.map(HeadReader.Points::points).orElse(List.of()), statements, amounts, commitments, initiatives,
                TopicSpotter.spot(text, gazetteer));
    }

    /** The first sentence starts after the dateline and its dash, so a statement does not begin with "Brüssel, …". */
    private static List<Span> afterDateline(String text, List<Span> sentences, Optional<Dateline> dateline) {
        if (dateline.isEmpty()) {
            return sentences;
        }
        int end = dateline.get().end();
        List<Span> adjusted = new ArrayList<>();
        for (Span sentence : sentences) {
            if (sentence.start() <= end && end < sentence.end()) {
                int start = end;
                while (start < sentence.end() && " -–—:(.)".indexOf(text.charAt(start)) >= 0) {
                    start++;
                }
                if (start < sentence.end()) {
                    adjusted.add(new Span(start, sentence.end()));
                }
            } else if (sentence.end() > end || sentence.start() > end) {
                adjusted.add(sentence);
            }
        }
        return adjusted;
    }

    private static List<Integer> inside(Span statement, List<Span> spans) {
        return IntStream.range(0, spans.size())
                .filter(i -> statement.contains(spans.get(i).start(), spans.get(i).end())).boxed().toList();
    }
}
