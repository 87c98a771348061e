package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.statement.Statement;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.NotFoundException;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the statements of a briefing at the desk: add, change over a known version, remove.
 * Each save announces its author, so a revision of the statement and an audit event are kept
 * ({@link ItemRevisions}); links to commitments made by an import are kept as they are.
 */
@Service
public class StatementEditor {

    /** What a statement said at one save, kept as its revision. */
    record Snapshot(String speaker, String speakerRole, String kind, String text, String lang, String saidOn,
            String place, List<String> topics, List<String> initiatives, List<String> commitments) {

        static Snapshot of(Statement s) {
            StatementForm f = StatementForm.of(s);
            return new Snapshot(f.getSpeaker(), f.getSpeakerRole(), f.getKind().name(), f.getText(), f.getLang(),
                    String.valueOf(f.getSaidOn()), f.getPlace(), f.getTopics(), f.getInitiatives(), f.getCommitments());
        }
    }

    private final StatementRepository statements;
    private final BriefingRepository briefings;
    private final References references;
    private final CommitmentRepository commitmentRepository;

    StatementEditor(StatementRepository statements, BriefingRepository briefings, References references,
            CommitmentRepository commitmentRepository) {
        this.commitmentRepository = commitmentRepository;
        this.statements = statements;
        this.briefings = briefings;
        this.references = references;
    }

    @Transactional(readOnly = true)
    public StatementForm form(long statementId) {
        return StatementForm.of(load(statementId));
    }

    /** The briefing a statement belongs to, for links back to it. */
    @Transactional(readOnly = true)
    public long briefingOf(long statementId) {
        return load(statementId).getBriefing().getId();
    }

    @Transactional
    public long add(long briefingId, StatementForm form, ActingUser editor) {
        Briefing briefing = briefings.findById(briefingId)
                .orElseThrow(() -> new NotFoundException("error.notFound.briefing", briefingId));
        int position = statements.nextPosition(briefingId);
        String slug = briefing.getSlug() + "-s" + (position + 1);
        for (int n = 2; statements.existsBySlug(slug); n++) {
            slug = briefing.getSlug() + "-s" + (position + 1) + "-" + n;
        }
        Statement statement = new Statement(slug, briefing, position);
        write(statement, form);
        statement.writtenBy(editor);
        statements.saveAndFlush(statement);
        announce(briefing);
        return statement.getId();
    }

    @Transactional
    public void update(long statementId, StatementForm form, ActingUser editor) {
        Statement statement = load(statementId);
        if (statement.getVersion() != form.getVersion()) {
            throw new ConflictException("editorial.workflow.stale");
        }
        write(statement, form);
        statement.writtenBy(editor);
        statements.saveAndFlush(statement);
        announce(statement.getBriefing());
    }

    /**
     * What the briefing carries changed: saving it announces that (BriefingSaved; the row is not written when nothing
     * in it changed), so a speaker, topic or initiative a public item now carries is public with it.
     */
    private void announce(Briefing briefing) {
        // the entity itself: a lazy proxy would announce nothing
        briefings.save((Briefing) Hibernate.unproxy(briefing));
    }

    /** Removes a statement; its revisions and the audit event remain as the record of what it said. */
    @Transactional
    public long remove(long statementId, long version, ActingUser editor) {
        Statement statement = load(statementId);
        if (statement.getVersion() != version) {
            throw new ConflictException("editorial.workflow.stale");
        }
        long briefingId = statement.getBriefing().getId();
        statements.remove(statement, editor);
        return briefingId;
    }

    private Statement load(long id) {
        return statements.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.statement", id));
    }

    private void write(Statement statement, StatementForm form) {
        String lang = References.language("lang", form.getLang());
        statement.attribute(references.actor("speaker", form.getSpeaker()), BriefingForm.blankToNull(form.getSpeakerRole()));
        statement.write(form.getKind(), form.getText().strip(), lang, form.getSaidOn(), BriefingForm.blankToNull(form.getPlace()));
        statement.link(references.topics("topics", form.getTopics()), commitments(statement, form),
                references.initiatives("initiatives", form.getInitiatives(), statement.getInitiatives(),
                        statement.getBriefing().publicFrom()));
    }

    /** The commitments picked, each one that the statement's briefing reports; anything else is refused. */
    private Set<Commitment> commitments(Statement statement, StatementForm form) {
        Map<String, Commitment> reported = new HashMap<>();
        commitmentRepository.findReportedIn(statement.getBriefing().getId()).forEach(c -> reported.put(c.getSlug(), c));
        Set<Commitment> picked = new HashSet<>();
        for (String slug : form.getCommitments()) {
            if (slug == null || slug.isBlank()) {
                continue;
            }
            Commitment commitment = reported.get(slug);
            if (commitment == null) {
                throw new InvalidFieldException("commitments", "editorial.field.unknown", slug);
            }
            picked.add(commitment);
        }
        return picked;
    }
}
