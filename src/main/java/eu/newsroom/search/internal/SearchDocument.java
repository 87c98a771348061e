package eu.newsroom.search.internal;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeAlias;
import eu.newsroom.statement.Statement;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicLabel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one searchable item puts into the index, whatever its entity type. {@code concepts} are the labels of its
 * topics (and an initiative's aliases) in every language; {@code initiatives} the whole names and aliases of the
 * initiative itself, or of those a briefing or statement reports on; {@code compoundLabels} the same labels of the
 * languages whose compounds are split ({@link SearchFields#COMPOUND_LANGUAGES}), by language.
 */
record SearchDocument(
        String type,
        long entityId,
        Long briefingId,
        String slug,
        String externalId,
        String title,
        String heading,
        String speaker,
        String lang,
        String text,
        Set<String> concepts,
        Set<String> initiatives,
        Map<String, Set<String>> compoundLabels,
        LocalDate date,
        boolean published,
        Instant embargoUntil,
        String group) {

    /** "European Peace Facility (EPF)": a name, then an abbreviation in parentheses. */
    private static final Pattern ABBREVIATED = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)\\s*");

    static final String BRIEFING = "briefing";
    static final String STATEMENT = "statement";
    static final String INITIATIVE = "initiative";

    static SearchDocument of(Briefing b) {
        String text = SearchFields.indexedText(Stream.of(Stream.of(b.getTitle()), b.getPoints().stream(),
                Stream.of(b.getPlace(), b.getEventName(), b.getBody())).flatMap(s -> s));
        return new SearchDocument(BRIEFING, b.getId(), b.getId(), b.getSlug(), b.getExternalId(), b.getTitle(),
                b.getTitle(), b.getSpeaker() == null ? null : b.getSpeaker().getName(), b.getLang(), text, labels(b.getTopics()), names(shownWith(b)),
                compoundLabels(b.getTopics(), List.of()), b.getEventDate(), b.getStatus() == PublicationStatus.PUBLISHED,
                b.getEmbargoUntil(), b.getTranslationGroup());
    }

    static SearchDocument of(Statement s) {
        Briefing b = s.getBriefing();
        Actor speaker = s.getSpeaker();
        String speakerName = speaker == null ? null : speaker.getName();
        String title = speakerName == null ? b.getTitle() : speakerName + ": " + b.getTitle();
        // the words first, so that a snippet without a match starts with them
        String text = SearchFields.indexedText(Stream.of(s.getText(), speakerName, s.getSpeakerRole()));
        // a statement is about its own topics; without any, about those of its briefing
        Set<Topic> topics = s.getTopics().isEmpty() ? b.getTopics() : s.getTopics();
        return new SearchDocument(STATEMENT, s.getId(), b.getId(), s.getSlug(), b.getExternalId(), title, speakerName,
                speakerName, s.getLang(),
                text, labels(topics), names(shownWith(s.getInitiatives(), b)), compoundLabels(topics, List.of()), s.getSaidOn(),
                b.getStatus() == PublicationStatus.PUBLISHED, b.getEmbargoUntil(),
                b.getTranslationGroup() + "#" + s.getPosition());
    }

    /**
     * An initiative: name and description in the description's language (English when not given); its
     * aliases in every language go with its topics' labels into the concepts. An initiative is public from the
     * moment an item carrying it is (public_from, kept like an embargo: none yet is kept as not published).
     */
    static SearchDocument of(Initiative i, LongPredicate publicSource) {
        String lang = i.getDescriptionLang() == null || i.getDescriptionLang().isBlank() ? "en" : i.getDescriptionLang();
        String text = SearchFields.indexedText(Stream.of(i.getName(), i.getDescription()));
        Set<String> concepts = labels(i.getTopics());
        i.getAliases().stream().map(InitiativeAlias::alias).forEach(concepts::add);
        // dated by its content (start, else the first public briefing that reported it), never by the moment it was
        // stored, nor by a step of an item readers do not see yet (issue 19)
        LocalDate date = i.datedOn(publicSource);
        return new SearchDocument(INITIATIVE, i.getId(), null, i.getSlug(), null, i.getName(), i.getName(), null, lang,
                text, concepts, names(List.of(i)), compoundLabels(i.getTopics(), i.getAliases()), date,
                i.getPublicFrom() != null, i.getPublicFrom(), INITIATIVE + ":" + i.getSlug());
    }

    private static Map<String, Set<String>> compoundLabels(Collection<Topic> topics,
            Collection<InitiativeAlias> aliases) {
        Map<String, Set<String>> byLanguage = new TreeMap<>();
        Stream.concat(topics.stream().flatMap(t -> t.getLabels().stream()).map(l -> Map.entry(l.lang(), l.label())),
                        aliases.stream().map(a -> Map.entry(a.lang(), a.alias())))
                .filter(label -> SearchFields.COMPOUND_LANGUAGES.contains(SearchFields.primaryLanguage(label.getKey())))
                .forEach(label -> byLanguage.computeIfAbsent(SearchFields.primaryLanguage(label.getKey()),
                        l -> new TreeSet<>()).add(label.getValue()));
        return byLanguage;
    }

    private static List<Initiative> shownWith(Briefing b) {
        return shownWith(b.getInitiatives(), b);
    }

    /**
     * The initiatives an item names that its readers may see (issue 19, finding 1e): public by the time the item is, or
     * already now. One that only unpublished items gave a status is hidden until then; its names are not the item's.
     */
    private static List<Initiative> shownWith(Collection<Initiative> initiatives, Briefing b) {
        Instant now = Instant.now();
        Instant itemFrom = b.publicFrom();
        Instant by = itemFrom == null || itemFrom.isBefore(now) ? now : itemFrom;
        return initiatives.stream().filter(i -> i.getPublicFrom() != null && !i.getPublicFrom().isAfter(by)).toList();
    }

    /**
     * The names and aliases of initiatives; a name with an abbreviation in parentheses also without it, and the
     * abbreviation alone ("European Peace Facility (EPF)": "European Peace Facility", "EPF").
     */
    private static Set<String> names(Collection<Initiative> initiatives) {
        return initiatives.stream().flatMap(i -> Stream.concat(Stream.of(i.getName()),
                        i.getAliases().stream().map(InitiativeAlias::alias)))
                .filter(name -> name != null && !name.isBlank())
                .flatMap(name -> {
                    Matcher m = ABBREVIATED.matcher(name);
                    return m.matches() ? Stream.of(name, m.group(1), m.group(2)) : Stream.of(name);
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> labels(Collection<Topic> topics) {
        return topics.stream().flatMap(t -> t.getLabels().stream()).map(TopicLabel::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

}
