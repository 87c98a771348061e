package eu.newsroom.importer;

import static eu.newsroom.importer.LineFields.choice;
import static eu.newsroom.importer.LineFields.date;
import static eu.newsroom.importer.LineFields.language;
import static eu.newsroom.importer.LineFields.optional;
import static eu.newsroom.importer.LineFields.required;
import static eu.newsroom.importer.LineFields.requiredSlug;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.importer.BriefingLine.InitiativeEntry;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeAlias;
import eu.newsroom.initiative.InitiativeKind;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.initiative.InitiativeStatus;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/** Stores the initiatives an import line mentions, with their aliases, leads and reported status. */
@Component
class InitiativeImport {

    private final InitiativeRepository initiatives;
    private final ActorAndTopicImport actorsAndTopics;
    private final BriefingRepository briefings;
    private final Clock clock;

    InitiativeImport(InitiativeRepository initiatives, ActorAndTopicImport actorsAndTopics, BriefingRepository briefings,
            Clock clock) {
        this.initiatives = initiatives;
        this.actorsAndTopics = actorsAndTopics;
        this.briefings = briefings;
        this.clock = clock;
    }

    /** Defines or updates each initiative; returns all of them, as the briefing mentions them. */
    Set<Initiative> define(List<InitiativeEntry> entries, LineContext context) {
        Set<Initiative> mentioned = new LinkedHashSet<>();
        if (entries == null) {
            return mentioned;
        }
        for (int i = 0; i < entries.size(); i++) {
            InitiativeEntry entry = entries.get(i);
            String path = "initiatives[" + i + "]";
            String slug = requiredSlug(path + ".slug", entry.slug());
            mentioned.add(entry.isReference() ? initiative(path + ".slug", slug, context) : upsert(path, slug, entry, context));
        }
        return mentioned;
    }

    private Initiative upsert(String path, String slug, InitiativeEntry entry, LineContext context) {
        Initiative known = context.initiatives.containsKey(slug) ? null : initiatives.findBySlug(slug).orElse(null);
        if (known != null && context.deferred) {
            // an initiative readers know: its new status, aliases, dates wait for the briefing's publication
            context.keep(PendingChange.Target.INITIATIVE, known.getId(), slug, entry);
            context.initiatives.put(slug, known);
            return known;
        }
        Initiative stored = known != null ? known : context.initiatives.get(slug);
        InitiativeKind kind = choice(path + ".kind", entry.kind(), InitiativeKind.class,
                stored == null ? null : stored.getKind());
        // a known initiative's status by default, as readers see it: never one an unpublished item reported
        LongPredicate publicNow = briefings.publicAt(clock.instant());
        InitiativeStatus status = choice(path + ".status", entry.status(), InitiativeStatus.class, stored == null ? null
                : known == null ? stored.getStatus() : known.statusSeenWith(publicNow));
        String name = stored != null && entry.name() == null ? stored.getName() : required(path + ".name", entry.name(), 300);
        Initiative initiative = stored != null ? stored : new Initiative(slug, name, kind, status);
        initiative.rename(name, kind);
        var start = date(path + ".startDate", entry.startDate());
        var end = date(path + ".endDate", entry.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidLineException(path + ": endDate is before startDate");
        }
        if (start != null || end != null) {
            initiative.schedule(start, end);
        }
        String description = optional(path + ".description", entry.description(), 20_000);
        if (description != null) {
            String lang = entry.descriptionLang() == null ? context.briefing.getLang()
                    : language(path + ".descriptionLang", entry.descriptionLang());
            initiative.describe(description, lang);
        }
        initiative.addAliases(aliases(path + ".aliases", entry));
        if (entry.leads() != null) {
            Set<Actor> leads = new HashSet<>();
            for (int i = 0; i < entry.leads().size(); i++) {
                leads.add(actorsAndTopics.actor(path + ".leads[" + i + "]", entry.leads().get(i), context));
            }
            initiative.ledBy(leads);
        }
        initiative.tag(actorsAndTopics.topics(path + ".topics", entry.topics(), context));
        initiative.reportStatus(status, context.reportedOn(), context.briefing.getId(), publicNow);
        initiative.restate(clock.instant(), briefings::publicAt);
        Initiative saved = initiatives.save(initiative);
        context.initiatives.put(slug, saved);
        return saved;
    }

    private Set<InitiativeAlias> aliases(String path, InitiativeEntry entry) {
        Set<InitiativeAlias> aliases = new HashSet<>();
        if (entry.aliases() != null) {
            entry.aliases().forEach((lang, names) -> {
                String tag = language(path, lang);
                names.forEach(alias -> aliases.add(new InitiativeAlias(tag, required(path + "." + lang, alias, 300))));
            });
        }
        return aliases;
    }

    /** An initiative named by slug: defined in this line or stored before. */
    Initiative initiative(String path, String slug, LineContext context) {
        requiredSlug(path, slug);
        Initiative known = context.initiatives.get(slug);
        if (known != null) {
            return known;
        }
        Initiative stored = initiatives.findBySlug(slug).orElseThrow(() -> new InvalidLineException(
                path + ": unknown initiative '" + slug + "'; define it in 'initiatives'"));
        context.initiatives.put(slug, stored);
        return stored;
    }
}
