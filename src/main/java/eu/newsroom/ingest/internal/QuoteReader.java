package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Gazetteer.KnownActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds statements sentence by sentence: a sentence is a statement when it reports speech (a verb such as
 * "betonte" or "said", or "laut"/"according to") or quotes someone, and a speaker can be told: a known person
 * by name, a known office-holder by their title on the day ("die Hohe Vertreterin"), a new name with a title
 * ("Minister Hanna Virtanen"), or, for "she said", the speaker of the sentences just before.
 */
public final class QuoteReader {

    /** How many sentences back "she said" may refer. */
    private static final int ANAPHORA_REACH = 3;
    private static final int MIN_QUOTE_WORDS = 2;

    /** A statement as found: its sentence, quote or paraphrase, and who said it. */
    public record Said(Span span, String kind, String speaker, String actor, String role) {
    }

    private record Speaker(String name, String actor, boolean explicit) {
    }

    private QuoteReader() {
    }

    public static List<Said> read(String text, List<Span> sentences, String lang, LocalDate date, ActorMentions actors,
            Gazetteer gazetteer, List<Span> names, List<Span> skipped) {
        List<Said> statements = new ArrayList<>();
        Speaker last = null;
        int lastAt = -ANAPHORA_REACH - 1;
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (skipped.stream().anyMatch(s -> s.overlaps(sentence.start(), sentence.end()))) {
                continue;
            }
            String words = sentence.in(text);
            boolean cue = SpeechWords.speechCue(words, lang).isPresent();
            boolean quote = hasQuote(text, sentence, names);
            Speaker speaker = explicitSpeaker(text, sentence, date, actors, gazetteer);
            boolean anaphora = (cue || quote) && !SpeechWords.namesItsSource(words);
            if (speaker == null && anaphora && last != null && i - lastAt <= ANAPHORA_REACH) {
                speaker = new Speaker(last.name(), last.actor(), false);
            }
            if (speaker != null && (cue || quote && speaker.explicit())) {
                statements.add(new Said(sentence, quote ? "quote" : "paraphrase", speaker.name(), speaker.actor(),
                        role(speaker.actor(), actors, date)));
            }
            if (speaker != null) {
                last = speaker;
                lastAt = i;
            }
        }
        return statements;
    }

    private static Speaker explicitSpeaker(String text, Span sentence, LocalDate date, ActorMentions actors,
            Gazetteer gazetteer) {
        String words = sentence.in(text);
        for (var hit : actors.in(words)) {
            KnownActor actor = actors.actor(hit.key());
            if (actor != null && actor.isPerson()) {
                return new Speaker(actor.name(), actor.slug(), true);
            }
        }
        Optional<String> role = SpeechWords.roleIn(words);
        if (role.isPresent()) {
            String title = role.get().toLowerCase(Locale.ROOT);
            for (KnownActor actor : gazetteer.actors()) {
                boolean holds = actor.isPerson() && actor.roleOn(date)
                        .filter(r -> r.title().toLowerCase(Locale.ROOT).contains(title)).isPresent();
                if (holds) {
                    return new Speaker(actor.name(), actor.slug(), true);
                }
            }
        }
        Matcher titled = SpeechWords.NEW_SPEAKER.matcher(words);
        if (titled.find()) {
            return new Speaker(titled.group(1).strip(), null, true);
        }
        Matcher byVerb = SpeechWords.NAME_BY_VERB.matcher(words);
        if (byVerb.find()) {
            return new Speaker(byVerb.group(1) != null ? byVerb.group(1) : byVerb.group(2), null, true);
        }
        return null;
    }

    /** A quotation of someone's words: at least two words, and not the quoted name of an initiative. */
    private static boolean hasQuote(String text, Span sentence, List<Span> names) {
        for (Span quoted : Quotes.quoted(sentence.in(text), sentence.start())) {
            if (quoted.end() < 0) {
                continue;
            }
            boolean isName = names.stream().anyMatch(n -> n.overlaps(quoted.start(), quoted.end()));
            if (!isName && PhraseIndex.words(quoted.in(text)).size() >= MIN_QUOTE_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static String role(String actorSlug, ActorMentions actors, LocalDate date) {
        if (actorSlug == null) {
            return null;
        }
        KnownActor actor = actors.actor(actorSlug);
        return actor == null ? null : actor.roleOn(date).map(Gazetteer.KnownRole::title).orElse(null);
    }
}
