package eu.newsroom.importer;

import static eu.newsroom.importer.LineFields.choice;
import static eu.newsroom.importer.LineFields.date;
import static eu.newsroom.importer.LineFields.language;
import static eu.newsroom.importer.LineFields.optional;
import static eu.newsroom.importer.LineFields.required;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRole;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.importer.BriefingLine.StatementEntry;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import eu.newsroom.statement.StatementKind;
import eu.newsroom.statement.StatementRepository;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Stores the statements of an import line in order. Statements are identified by their position
 * in the briefing, so a re-import replaces them in place and keeps their permalinks.
 */
@Component
class StatementImport {

    private static final int MAX_TEXT = 20_000;

    private final StatementRepository statements;
    private final ActorAndTopicImport actorsAndTopics;
    private final InitiativeImport initiatives;
    private final CommitmentImport commitments;

    StatementImport(StatementRepository statements, ActorAndTopicImport actorsAndTopics, InitiativeImport initiatives,
            CommitmentImport commitments) {
        this.statements = statements;
        this.actorsAndTopics = actorsAndTopics;
        this.initiatives = initiatives;
        this.commitments = commitments;
    }

    void define(List<StatementEntry> entries, LineContext context) {
        Briefing briefing = context.briefing;
        Map<Integer, Statement> existing = statements.findByBriefingIdOrderByPosition(briefing.getId()).stream()
                .collect(Collectors.toMap(Statement::getPosition, Function.identity()));
        List<StatementEntry> given = entries == null ? List.of() : entries;
        for (int i = 0; i < given.size(); i++) {
            Statement statement = existing.containsKey(i) ? existing.get(i)
                    : new Statement(briefing.getSlug() + "-s" + (i + 1), briefing, i);
            write(statement, "statements[" + i + "]", given.get(i), context);
            if (context.author != null) {
                statement.writtenBy(context.author);
            }
            statements.save(statement);
        }
        existing.values().stream().filter(s -> s.getPosition() >= given.size()).forEach(s -> {
            if (context.author != null) {
                statements.remove(s, context.author);
            } else {
                statements.delete(s);
            }
        });
    }

    private void write(Statement statement, String path, StatementEntry entry, LineContext context) {
        Briefing briefing = context.briefing;
        Actor speaker = actorsAndTopics.actor(path + ".speaker", entry.speaker(), context);
        LocalDate saidOn = entry.date() == null ? briefing.getEventDate() : date(path + ".date", entry.date());
        String role = optional(path + ".role", entry.role(), 300);
        if (role == null) {
            // attribute the office held on the day, e.g. High Representative since 1 December 2024
            role = speaker.roleOn(saidOn).map(ActorRole::getTitle).orElse(null);
        }
        statement.attribute(speaker, role);
        StatementKind kind = choice(path + ".kind", entry.kind(), StatementKind.class, null);
        String lang = entry.lang() == null ? briefing.getLang() : language(path + ".lang", entry.lang());
        String place = entry.place() == null ? briefing.getPlace() : optional(path + ".place", entry.place(), 200);
        statement.write(kind, required(path + ".text", entry.text(), MAX_TEXT), lang, saidOn, place);
        statement.link(actorsAndTopics.topics(path + ".topics", entry.topics(), context),
                linkedCommitments(path + ".commitments", entry.commitments(), context),
                linkedInitiatives(path + ".initiatives", entry.initiatives(), context));
    }

    private Set<Commitment> linkedCommitments(String path, List<String> slugs, LineContext context) {
        Set<Commitment> linked = new LinkedHashSet<>();
        if (slugs != null) {
            for (int i = 0; i < slugs.size(); i++) {
                linked.add(commitments.commitment(path + "[" + i + "]", slugs.get(i), context));
            }
        }
        return linked;
    }

    private Set<Initiative> linkedInitiatives(String path, List<String> slugs, LineContext context) {
        Set<Initiative> linked = new LinkedHashSet<>();
        if (slugs != null) {
            for (int i = 0; i < slugs.size(); i++) {
                linked.add(initiatives.initiative(path + "[" + i + "]", slugs.get(i), context));
            }
        }
        return linked;
    }
}
