package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction.TopicProposal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the thesaurus topics a text is about, through their preferred and alternative labels in every language. */
public final class TopicSpotter {

    private TopicSpotter() {
    }

    public static List<TopicProposal> spot(String text, Gazetteer gazetteer) {
        PhraseIndex<String> index = new PhraseIndex<>();
        gazetteer.topics().forEach(topic -> topic.labels().forEach(label -> index.add(label, topic.slug())));
        List<TopicProposal> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var hit : index.find(text)) {
            if (seen.add(hit.key())) {
                topics.add(new TopicProposal(hit.key(), text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
            }
        }
        return topics;
    }
}
