package eu.newsroom.ingest;

import eu.newsroom.ingest.Extraction.Amount;
import eu.newsroom.ingest.Extraction.CommitmentProposal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the review page shows: the text cut into segments, each highlighted with the kind of proposal
 * found there (built here, so the template only prints text), and the form pre-filled with every proposal.
 */
record ReviewPage(List<Segment> segments, DraftForm form, String langSource, int dropped) {

    /** A piece of the text; {@code mark} is the kind of proposal found there, null for plain text. */
    record Segment(String text, String mark, String anchor) {
    }

    /** Longer lists than this are cut, so the form stays within what the binder accepts. */
    static final int MAX_PER_KIND = 200;

    private record Mark(int start, int end, String kind, int priority, String anchor) {
    }

    static ReviewPage of(Extraction extraction) {
        DraftForm form = new DraftForm();
        form.setText(extraction.text());
        form.setLang(extraction.lang());
        form.setTitle(extraction.title() != null ? extraction.title().text() : suggestedTitle(extraction));
        if (extraction.dateline() != null) {
            form.setDate(extraction.dateline().date());
            form.setPlace(extraction.dateline().place());
        }
        extraction.points().forEach(p -> form.getPoints().add(point(p.text())));
        cap(extraction.statements()).forEach(s -> form.getStatements().add(statement(s)));
        cap(extraction.commitments()).forEach(c -> form.getCommitments().add(commitment(c)));
        cap(extraction.initiatives()).forEach(i -> form.getInitiatives().add(initiative(i)));
        cap(extraction.topics()).forEach(t -> form.getTopics().add(topic(t)));
        int dropped = Math.max(0, extraction.statements().size() - MAX_PER_KIND)
                + Math.max(0, extraction.commitments().size() - MAX_PER_KIND);
        return new ReviewPage(segments(extraction), form, extraction.langSource(), dropped);
    }

    /** The same page for a form the editor has changed: the highlights come from a fresh reading of the text. */
    static ReviewPage of(Extraction extraction, DraftForm edited) {
        return new ReviewPage(segments(extraction), edited, extraction.langSource(), 0);
    }

    private static <T> List<T> cap(List<T> proposals) {
        return proposals.size() <= MAX_PER_KIND ? proposals : proposals.subList(0, MAX_PER_KIND);
    }

    private static DraftForm.PointField point(String text) {
        DraftForm.PointField field = new DraftForm.PointField();
        field.setAccepted(true);
        field.setText(text);
        return field;
    }

    /**
     * A statement as proposed: ticked only when the assistant names its speaker; an anonymous source is filed under
     * the institution it speaks for (if known) with its description as the role.
     */
    private static DraftForm.StatementField statement(Extraction.StatementProposal s) {
        DraftForm.StatementField field = new DraftForm.StatementField();
        boolean anonymous = "anonymous".equals(s.speakerKind());
        field.setAccepted(s.speakerKind() != null && (!anonymous || s.actor() != null));
        field.setKind(s.kind());
        field.setText(s.text());
        field.setSpeaker(s.actor());
        field.setNewSpeaker(s.actor() == null && !anonymous ? s.speaker() : null);
        field.setRole(anonymous ? s.speaker() : s.role());
        field.setSpeakerKind(s.speakerKind());
        field.setNote(s.note());
        field.setCommitmentRefs(new ArrayList<>(s.commitments().stream().filter(i -> i < MAX_PER_KIND).toList()));
        field.setInitiativeRefs(new ArrayList<>(s.initiatives().stream().filter(i -> i < MAX_PER_KIND).toList()));
        return field;
    }

    private static DraftForm.CommitmentField commitment(CommitmentProposal c) {
        DraftForm.CommitmentField field = new DraftForm.CommitmentField();
        // the assistant never guesses a donor: a commitment whose text names none the newsroom knows waits unticked
        // for the editor to choose one, or to confirm the party as the text names it
        field.setAccepted(c.donor() != null);
        field.setStart(c.start());
        field.setTitle(c.title());
        Amount amount = c.amount();
        if (amount != null) {
            field.setAmount(amount.amount());
            field.setCurrency(amount.currency());
            field.setQualifier(c.amountHigh() != null ? "range" : amount.qualifier());
        }
        if (c.amountHigh() != null) {
            field.setAmountHigh(c.amountHigh().amount());
        }
        field.setDonor(c.donor());
        field.setRecipient(c.recipient());
        field.setNewDonor(c.donor() == null ? c.donorName() : null);
        field.setNewRecipient(c.recipient() == null ? c.recipientName() : null);
        field.setCategory(c.category());
        field.setStatus(c.status());
        return field;
    }

    private static DraftForm.InitiativeField initiative(Extraction.InitiativeProposal i) {
        DraftForm.InitiativeField field = new DraftForm.InitiativeField();
        field.setAccepted(true);
        field.setKnown(i.known());
        field.setSlug(i.slug());
        field.setName(i.name());
        field.setKind(i.kind());
        return field;
    }

    private static DraftForm.TopicField topic(Extraction.TopicProposal t) {
        DraftForm.TopicField field = new DraftForm.TopicField();
        field.setAccepted(true);
        field.setSlug(t.slug());
        field.setLabel(t.label());
        return field;
    }

    /** Without a title line, the first words after the dateline, for the editor to shorten. */
    private static String suggestedTitle(Extraction extraction) {
        String text = extraction.text();
        int from = extraction.dateline() != null ? extraction.dateline().end() : 0;
        String rest = text.substring(from).replaceFirst("^[\\s\\-–—:]+", "");
        int stop = rest.length();
        for (String end : List.of(". ", "\n", ", ")) {
            int at = rest.indexOf(end);
            if (at > 0 && at < stop) {
                stop = at;
            }
        }
        String title = rest.substring(0, stop).strip();
        return title.length() <= 140 ? title : title.substring(0, 139).replaceAll("\\s+\\S*$", "") + "…";
    }

    /** Cuts the text at every edge of a highlight; where highlights nest, the most specific one shows. */
    static List<Segment> segments(Extraction e) {
        List<Mark> marks = new ArrayList<>();
        if (e.dateline() != null) {
            marks.add(new Mark(e.dateline().start(), e.dateline().end(), "dateline", 5, "t-dateline"));
        }
        if (e.title() != null) {
            marks.add(new Mark(e.title().start(), e.title().end(), "title", 5, "t-title"));
        }
        for (int i = 0; i < e.points().size(); i++) {
            marks.add(new Mark(e.points().get(i).start(), e.points().get(i).end(), "point", 2, "t-point-" + i));
        }
        for (int i = 0; i < e.statements().size(); i++) {
            var s = e.statements().get(i);
            marks.add(new Mark(s.start(), s.end(), "statement", 1, "t-statement-" + i));
        }
        for (int i = 0; i < e.commitments().size(); i++) {
            var c = e.commitments().get(i);
            marks.add(new Mark(c.start(), c.end(), "commitment", 6, "t-commitment-" + i));
        }
        for (int i = 0; i < e.initiatives().size(); i++) {
            var n = e.initiatives().get(i);
            marks.add(new Mark(n.start(), n.end(), "initiative", 4, "t-initiative-" + i));
        }
        for (int i = 0; i < e.topics().size(); i++) {
            var t = e.topics().get(i);
            marks.add(new Mark(t.start(), t.end(), "topic", 3, "t-topic-" + i));
        }
        return cut(e.text(), marks);
    }

    private static List<Segment> cut(String text, List<Mark> marks) {
        java.util.TreeSet<Integer> edges = new java.util.TreeSet<>(List.of(0, text.length()));
        marks.forEach(m -> {
            edges.add(m.start());
            edges.add(m.end());
        });
        List<Segment> segments = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        Integer from = null;
        for (int edge : edges) {
            if (from != null && edge > from) {
                int start = from;
                Mark top = marks.stream().filter(m -> m.start() <= start && edge <= m.end())
                        .max(Comparator.comparingInt(Mark::priority)).orElse(null);
                String anchor = top != null && anchored.add(top.anchor()) ? top.anchor() : null;
                segments.add(new Segment(text.substring(start, edge), top == null ? null : top.kind(), anchor));
            }
            from = edge;
        }
        return segments;
    }
}
