package eu.newsroom.ingest;

import eu.newsroom.ingest.Extraction.CommitmentProposal;
import eu.newsroom.ingest.Extraction.StatementProposal;
import eu.newsroom.ingest.internal.Extractor;
import eu.newsroom.ingest.internal.Gazetteer;
import eu.newsroom.ingest.internal.Gazetteer.KnownActor;
import eu.newsroom.ingest.internal.PlainText;
import eu.newsroom.shared.LanguageGuess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the import assistant on a directory of press texts with what a person expects from them, in the format of
 * the blind set ({@code NN-lang.txt} and {@code NN-lang.expected}, see docs/extraction.md): statements with the right
 * speaker (precision, recall, F1 overall and per language), statements given to the wrong speaker, quote or
 * paraphrase right among the matched statements, and commitments (amount, status, donor, recipient).
 *
 * <p>A proposed statement matches an expected one when the speaker matches and the words overlap: at least 60 % of
 * the word tokens of the shorter of the two (the proposal's words, or the expected words) occur in the other,
 * counted with repetition, after folding case and diacritics. The speaker matches when the normalised names are
 * equal, or one is a single word equal to the other's last word (a surname), or, in a Polish text, the same name in
 * another case ({@link PolishNameForms}: "Joanny Malec-Dębskiej" and "Joanna Malec-Dębska"); an anonymous source matches an
 * expected {@code anonymous:} one; an institution matches an expected {@code institution:} one that shares a word
 * of three letters or more ("Vakbond FNV" and "FNV"). Each expected statement matches at most one proposal, in the order of the text.
 * Proposals without a speaker (the assistant says it cannot tell) count neither as right nor as wrong: they are
 * reported apart. A proposal with a speaker whose words match an expected statement of another speaker is a wrong
 * speaker.
 */
final class ExtractionScore {

    static final double OVERLAP = 0.6;
    private static final Pattern FILE = Pattern.compile("(\\d{2,4})-([a-z]{2})\\.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** An expected statement. */
    record Expected(String speaker, String kind, String words) {
    }

    /** An expected commitment. */
    record ExpectedCommitment(BigDecimal amount, String currency, String status, String donor, String recipient) {
    }

    /** Counts of one language, or of all. */
    static final class Counts {
        int expected;
        int proposed;
        int right;
        int wrongSpeaker;
        int unattributed;
        int unattributedMatching;
        int kindRight;
        int texts;
        int amountsExpected;
        int amountsProposed;
        int amountsRight;
        int statusRight;
        int donorRight;
        int recipientRight;

        void add(Counts o) {
            expected += o.expected;
            proposed += o.proposed;
            right += o.right;
            wrongSpeaker += o.wrongSpeaker;
            unattributed += o.unattributed;
            unattributedMatching += o.unattributedMatching;
            kindRight += o.kindRight;
            texts += o.texts;
            amountsExpected += o.amountsExpected;
            amountsProposed += o.amountsProposed;
            amountsRight += o.amountsRight;
            statusRight += o.statusRight;
            donorRight += o.donorRight;
            recipientRight += o.recipientRight;
        }

        double precision() {
            return proposed == 0 ? 1 : (double) right / proposed;
        }

        double recall() {
            return expected == 0 ? 1 : (double) right / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double kindAccuracy() {
            return right == 0 ? 1 : (double) kindRight / right;
        }

        String statementLine() {
            return String.format(Locale.ROOT, "P %.2f  R %.2f  F1 %.2f  (%d right of %d proposed with a speaker, %d"
                    + " expected; %d wrong speaker; %d without speaker, %d of them expected; quote/paraphrase right"
                    + " %.2f of matched; %d texts)", precision(), recall(), f1(), right, proposed, expected,
                    wrongSpeaker, unattributed, unattributedMatching, kindAccuracy(), texts);
        }

        String commitmentLine() {
            return String.format(Locale.ROOT, "amounts P %.2f R %.2f (%d of %d proposed, %d expected); of matched:"
                    + " status %.2f, donor %.2f, recipient %.2f",
                    amountsProposed == 0 ? 1 : (double) amountsRight / amountsProposed,
                    amountsExpected == 0 ? 1 : (double) amountsRight / amountsExpected, amountsRight, amountsProposed,
                    amountsExpected, amountsRight == 0 ? 1 : (double) statusRight / amountsRight,
                    amountsRight == 0 ? 1 : (double) donorRight / amountsRight,
                    amountsRight == 0 ? 1 : (double) recipientRight / amountsRight);
        }
    }

    /** The scores of a directory: per language and overall, and what differed, for reading. */
    record Report(Map<String, Counts> byLanguage, Counts all, List<String> differences) {

        void print(String title) {
            System.out.println(title + ":");
            byLanguage.forEach((lang, c) -> System.out.println("  " + lang + "  " + c.statementLine()));
            System.out.println("  all " + all.statementLine());
            System.out.println("Commitments:");
            byLanguage.forEach((lang, c) -> System.out.println("  " + lang + "  " + c.commitmentLine()));
            System.out.println("  all " + all.commitmentLine());
            differences.forEach(d -> System.out.println("  " + d));
        }
    }

    private final Gazetteer gazetteer;

    ExtractionScore(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Report score(Path directory) throws IOException {
        Map<String, Counts> byLanguage = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> files = Files.list(directory)) {
            texts = files.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : texts) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            name.matches();
            String lang = name.group(2);
            Path expectedFile = file.resolveSibling(file.getFileName().toString().replace(".txt", ".expected"));
            if (!Files.exists(expectedFile)) {
                continue;
            }
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String text = PlainText.of(raw);
            Extraction extraction = Extractor.extract(text, LanguageGuess.of(text).orElse(lang), "detected", gazetteer);
            Counts counts = byLanguage.computeIfAbsent(lang, l -> new Counts());
            counts.texts++;
            List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
            scoreStatements(file.getFileName().toString(), lang, statements(lines), extraction.statements(), counts,
                    differences);
            scoreCommitments(file.getFileName().toString(), commitments(lines), extraction.commitments(), counts,
                    differences);
        }
        Counts all = new Counts();
        byLanguage.values().forEach(all::add);
        return new Report(byLanguage, all, differences);
    }

    private void scoreStatements(String file, String lang, List<Expected> expected, List<StatementProposal> proposals,
            Counts counts, List<String> differences) {
        counts.expected += expected.size();
        boolean[] used = new boolean[proposals.size()];
        boolean[] found = new boolean[expected.size()];
        for (int e = 0; e < expected.size(); e++) {
            int best = -1;
            double bestOverlap = 0;
            for (int p = 0; p < proposals.size(); p++) {
                StatementProposal proposal = proposals.get(p);
                double overlap = overlap(proposal.text(), expected.get(e).words());
                if (!used[p] && proposal.speakerKind() != null && overlap >= OVERLAP && overlap > bestOverlap
                        && sameSpeaker(proposal, expected.get(e).speaker(), lang)) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                found[e] = true;
                counts.right++;
                if (proposals.get(best).kind().equals(expected.get(e).kind())) {
                    counts.kindRight++;
                } else {
                    differences.add(file + " kind: expected " + expected.get(e).kind() + " for «"
                            + abbreviate(expected.get(e).words()) + "»");
                }
            }
        }
        for (int p = 0; p < proposals.size(); p++) {
            StatementProposal proposal = proposals.get(p);
            int matching = matchingExpected(proposal, expected);
            if (proposal.speakerKind() == null) {
                counts.unattributed++;
                if (matching >= 0) {
                    counts.unattributedMatching++;
                }
                differences.add(file + " no speaker (" + proposal.note() + "): «" + abbreviate(proposal.text()) + "»");
                continue;
            }
            counts.proposed++;
            if (used[p]) {
                continue;
            }
            if (matching >= 0 && sameSpeaker(proposal, expected.get(matching).speaker(), lang)) {
                differences.add(file + " split (again the same statement) " + who(proposal) + ": «"
                        + abbreviate(proposal.text()) + "»");
            } else if (matching >= 0) {
                counts.wrongSpeaker++;
                differences.add(file + " WRONG SPEAKER " + who(proposal) + " for " + expected.get(matching).speaker()
                        + ": «" + abbreviate(proposal.text()) + "»");
            } else {
                differences.add(file + " extra " + who(proposal) + ": «" + abbreviate(proposal.text()) + "»");
            }
        }
        for (int e = 0; e < expected.size(); e++) {
            if (!found[e]) {
                differences.add(file + " missed " + expected.get(e).speaker() + ": «" + abbreviate(expected.get(e).words())
                        + "»");
            }
        }
    }

    private static int matchingExpected(StatementProposal proposal, List<Expected> expected) {
        for (int e = 0; e < expected.size(); e++) {
            if (overlap(proposal.text(), expected.get(e).words()) >= OVERLAP) {
                return e;
            }
        }
        return -1;
    }

    private void scoreCommitments(String file, List<ExpectedCommitment> expected, List<CommitmentProposal> proposals,
            Counts counts, List<String> differences) {
        List<CommitmentProposal> withAmount = proposals.stream().filter(c -> c.amount() != null).toList();
        counts.amountsExpected += expected.size();
        counts.amountsProposed += withAmount.size();
        boolean[] used = new boolean[withAmount.size()];
        for (ExpectedCommitment e : expected) {
            int match = -1;
            for (int p = 0; p < withAmount.size() && match < 0; p++) {
                var amount = withAmount.get(p).amount();
                if (!used[p] && amount.amount().compareTo(e.amount()) == 0 && amount.currency().equals(e.currency())) {
                    match = p;
                }
            }
            if (match < 0) {
                differences.add(file + " commitment missed: " + e.amount().toPlainString() + " " + e.currency());
                continue;
            }
            used[match] = true;
            counts.amountsRight++;
            CommitmentProposal proposal = withAmount.get(match);
            if (e.status().equals(proposal.status())) {
                counts.statusRight++;
            } else {
                differences.add(file + " commitment " + e.amount().toPlainString() + ": status " + proposal.status()
                        + ", expected " + e.status());
            }
            if (sameParty(proposal.donor(), proposal.donorName(), e.donor())) {
                counts.donorRight++;
            } else {
                differences.add(file + " commitment " + e.amount().toPlainString() + ": donor "
                        + party(proposal.donor(), proposal.donorName())
                        + ", expected " + e.donor());
            }
            if (sameParty(proposal.recipient(), proposal.recipientName(), e.recipient())) {
                counts.recipientRight++;
            } else {
                differences.add(file + " commitment " + e.amount().toPlainString() + ": recipient "
                        + party(proposal.recipient(), proposal.recipientName()) + ", expected " + e.recipient());
            }
        }
        for (int p = 0; p < withAmount.size(); p++) {
            if (!used[p]) {
                differences.add(file + " commitment extra: " + withAmount.get(p).amount().raw());
            }
        }
    }

    private static final String ARTICLE = "^(?:the|die|der|das|la|le|les|l|el|il|lo|de|het) ";

    private static String party(String slug, String name) {
        return slug != null ? slug : name == null ? null : "\"" + name + "\"";
    }

    /**
     * A proposed party (a known actor's slug, or else the party as the text names it) against the party as the
     * expected file names it, or "-" for none. A named party matches when one name holds the other's words in a row,
     * folded and without a leading article ("Bund" and "der Bund", "Haushaltsausschuss" and "Haushaltsausschuss des
     * Bundestages"; not "Bund" and "Bundesregierung").
     */
    private boolean sameParty(String slug, String name, String named) {
        if ("-".equals(named)) {
            return slug == null && name == null;
        }
        String wanted = fold(named).replaceAll(ARTICLE, "");
        if (slug == null) {
            // a name as the text gives it: one holds the other's words in a row ("Haushaltsausschuss" in
            // "Haushaltsausschuss des Bundestages"), never a part of a word ("Bund" is not "Bundesregierung")
            List<String> have = words(name == null ? "" : fold(name).replaceAll(ARTICLE, ""));
            List<String> want = words(wanted);
            return !have.isEmpty() && (java.util.Collections.indexOfSubList(want, have) >= 0
                    || java.util.Collections.indexOfSubList(have, want) >= 0);
        }
        for (KnownActor actor : gazetteer.actors()) {
            if (!actor.slug().equals(slug)) {
                continue;
            }
            List<String> names = new ArrayList<>(actor.names());
            names.add(actor.name());
            names.add(actor.slug().replace('-', ' '));
            for (String n : names) {
                String have = fold(n);
                if (have.equals(wanted) || have.contains(wanted) || wanted.contains(have) && have.length() >= 2) {
                    return true;
                }
            }
        }
        return slug.equals("eu") && wanted.matches("(?:eu|ue|europe|europa|european union|union europeenne"
                + "|europaische union|union europea|unione europea|unia europejska|europese unie)");
    }

    private static boolean sameSpeaker(StatementProposal proposal, String expected, String lang) {
        String kind = proposal.speakerKind();
        if (expected.startsWith("anonymous:")) {
            return "anonymous".equals(kind);
        }
        if (expected.startsWith("institution:")) {
            if (!"institution".equals(kind)) {
                return false;
            }
            List<String> want = words(expected.substring("institution:".length()));
            return words(proposal.speaker()).stream().anyMatch(w -> w.length() >= 3 && want.contains(w))
                    || proposal.actor() != null && want.contains(proposal.actor());
        }
        if (!"person".equals(kind)) {
            return false;
        }
        List<String> have = words(proposal.speaker());
        List<String> want = words(expected);
        if (have.equals(want)) {
            return true;
        }
        boolean surname = (have.size() == 1 || want.size() == 1) && !have.isEmpty() && !want.isEmpty()
                && have.get(have.size() - 1).equals(want.get(want.size() - 1));
        // Polish inflects names: the first mention may be a genitive, the proposal the nominative (PolishNameForms)
        return surname || "pl".equals(lang) && PolishNameForms.sameName(have, want);
    }

    /** The share of the shorter text's words that the longer one has too, with repetition. */
    static double overlap(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.isEmpty()) {
            return 0;
        }
        Map<String, Integer> bag = new HashMap<>();
        longer.forEach(w -> bag.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : shorter) {
            Integer n = bag.get(w);
            if (n != null && n > 0) {
                common++;
                bag.put(w, n - 1);
            }
        }
        return (double) common / shorter.size();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').strip();
    }

    static List<Expected> statements(List<String> lines) {
        List<Expected> expected = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("statement:")) {
                String[] cells = line.substring("statement:".length()).split("\\|", 4);
                if (cells.length == 4) {
                    expected.add(new Expected(cells[0].strip(), cells[2].strip(), cells[3].strip()));
                }
            }
        }
        return expected;
    }

    static List<ExpectedCommitment> commitments(List<String> lines) {
        List<ExpectedCommitment> expected = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("commitment:")) {
                String[] cells = line.substring("commitment:".length()).split("\\|", 4);
                String[] amount = cells[0].strip().split("\\s+");
                if (cells.length == 4 && amount.length == 2 && amount[0].matches("\\d+")) {
                    expected.add(new ExpectedCommitment(new BigDecimal(amount[0]), amount[1], cells[1].strip(),
                            cells[2].strip(), cells[3].strip()));
                }
            }
        }
        return expected;
    }

    private static String who(StatementProposal proposal) {
        return proposal.speakerKind() + ":" + proposal.speaker();
    }

    private static String abbreviate(String words) {
        String flat = words.replaceAll("\\s+", " ");
        return flat.length() <= 110 ? flat : flat.substring(0, 109) + "…";
    }

    static Path directory(String path) {
        Path dir = Path.of(path);
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("no such directory: " + dir.toAbsolutePath()));
        }
        return dir;
    }
}
