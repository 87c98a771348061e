package eu.newsroom.importer;

import static eu.newsroom.importer.LineFields.choice;
import static eu.newsroom.importer.LineFields.currency;
import static eu.newsroom.importer.LineFields.date;
import static eu.newsroom.importer.LineFields.required;
import static eu.newsroom.importer.LineFields.requiredSlug;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.commitment.AmountQualifier;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentCategory;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.commitment.CommitmentStatus;
import eu.newsroom.commitment.FigureKind;
import eu.newsroom.commitment.Money;
import eu.newsroom.importer.BriefingLine.CommitmentEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Stores the commitments an import line reports; the same commitment in several briefings is one row. */
@Component
class CommitmentImport {

    /** NUMERIC(20,2): eighteen digits before the decimal point. */
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999999999.99");

    private final CommitmentRepository commitments;
    private final ActorAndTopicImport actorsAndTopics;
    private final InitiativeImport initiatives;
    private final Clock clock;

    CommitmentImport(CommitmentRepository commitments, ActorAndTopicImport actorsAndTopics, InitiativeImport initiatives,
            Clock clock) {
        this.clock = clock;
        this.commitments = commitments;
        this.actorsAndTopics = actorsAndTopics;
        this.initiatives = initiatives;
    }

    void define(List<CommitmentEntry> entries, LineContext context) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            CommitmentEntry entry = entries.get(i);
            String path = "commitments[" + i + "]";
            String slug = requiredSlug(path + ".slug", entry.slug());
            Commitment commitment = entry.isReference() ? reference(path + ".slug", slug, context)
                    : upsert(path, slug, entry, context);
            commitment.reportedIn(context.briefing);
            context.commitments.put(slug, commitments.save(commitment));
        }
    }

    private Commitment upsert(String path, String slug, CommitmentEntry entry, LineContext context) {
        Briefing briefing = context.briefing;
        Commitment known = context.commitments.containsKey(slug) ? null : commitments.findBySlug(slug).orElse(null);
        if (known != null && context.deferred) {
            // a commitment readers know: its new amount, status, period wait for the briefing's publication
            money(path, entry);
            context.keep(PendingChange.Target.COMMITMENT, known.getId(), slug, entry);
            return known;
        }
        Commitment stored = known != null ? known : context.commitments.get(slug);
        Commitment commitment = stored != null ? stored : new Commitment(slug, briefing);
        // the defaults of absent fields: never what only unpublished items said of it (issue 19), so a line that is
        // the first public report of a commitment a draft brought defines it as a new one would
        Instant now = clock.instant();
        Commitment said = known != null && known.statusPublicAt(now) == null ? null : stored;
        String title = said != null && entry.title() == null ? said.getTitle() : required(path + ".title", entry.title(), 500);
        var donor = said != null && entry.donor() == null ? said.getDonor()
                : actorsAndTopics.actor(path + ".donor", entry.donor(), context);
        var recipient = said != null && entry.recipient() == null ? said.getRecipient()
                : actorsAndTopics.optionalActor(path + ".recipient", entry.recipient(), context);
        var category = choice(path + ".category", entry.category(), CommitmentCategory.class,
                said == null ? null : said.getCategory());
        var initiative = entry.initiative() == null ? (said == null ? null : said.getInitiative())
                : initiatives.initiative(path + ".initiative", entry.initiative(), context);
        commitment.describe(title, donor, recipient, category, initiative);
        relate(path, slug, commitment, said, entry, context);

        LocalDate from = date(path + ".from", entry.from());
        LocalDate to = date(path + ".to", entry.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidLineException(path + ": 'to' is before 'from'");
        }
        LocalDate announced = date(path + ".announced", entry.announced());
        commitment.schedule(from, to, announced != null ? announced
                : said != null ? said.getAnnouncedOn() : briefing.getEventDate());

        CommitmentStatus status = choice(path + ".status", entry.status(), CommitmentStatus.class,
                said == null ? null : known == null ? said.getStatus() : known.statusPublicAt(now));
        LocalDate rateDate = date(path + ".rateDate", entry.rateDate());
        commitment.report(status, money(path, entry), entry.eurRate(), rateDate, context.reportedOn(), briefing, now);
        if (context.author != null) {
            commitment.writtenBy(context.author, briefing.getId());
        }
        return commitment;
    }

    /**
     * What the amount measures and the whole it is part of. Absent fields keep what is stored; an
     * empty {@code partOf} says the commitment is part of none. The whole must be stored or defined
     * earlier in the line, and the relation cannot loop.
     */
    private void relate(String path, String slug, Commitment commitment, Commitment stored, CommitmentEntry entry,
            LineContext context) {
        FigureKind figure = choice(path + ".figure", entry.figure(), FigureKind.class,
                stored == null ? FigureKind.NEW : stored.getFigure());
        Commitment whole = stored == null ? null : stored.getPartOf();
        String loop = path + ".partOf: '" + slug + "' cannot be part of itself or of one of its parts";
        if (entry.partOf() != null) {
            if (entry.partOf().strip().equals(slug)) {
                throw new InvalidLineException(loop);
            }
            whole = entry.partOf().isBlank() ? null : reference(path + ".partOf", requiredSlug(path + ".partOf",
                    entry.partOf()), context);
        }
        try {
            commitment.relate(figure, whole);
        } catch (IllegalArgumentException e) {
            throw new InvalidLineException(loop);
        }
    }

    /** The stated amount, or none when the commitment has no figure yet (a package still to agree). */
    private static Money money(String path, CommitmentEntry entry) {
        String currency = currency(path + ".currency", entry.currency());
        if (entry.amount() == null) {
            if (currency != null || entry.qualifier() != null || entry.amountHigh() != null) {
                throw new InvalidLineException(path + ".amount: required with currency, qualifier or amountHigh");
            }
            return null;
        }
        checkAmount(path + ".amount", entry.amount());
        if (currency == null) {
            throw new InvalidLineException(path + ".currency: required with an amount");
        }
        AmountQualifier qualifier = choice(path + ".qualifier", entry.qualifier(), AmountQualifier.class, AmountQualifier.EXACT);
        if (entry.amountHigh() != null) {
            checkAmount(path + ".amountHigh", entry.amountHigh());
        }
        if ((qualifier == AmountQualifier.RANGE) != (entry.amountHigh() != null)) {
            throw new InvalidLineException(path + ": amountHigh goes with qualifier 'range', and a range needs amountHigh");
        }
        if (entry.amountHigh() != null && entry.amountHigh().compareTo(entry.amount()) < 0) {
            throw new InvalidLineException(path + ".amountHigh: below amount");
        }
        return new Money(entry.amount(), entry.amountHigh(), currency, qualifier, euroValue(path, entry, currency));
    }

    /** EUR is its own value; another currency only with a value or rate given, never an invented one. */
    private static BigDecimal euroValue(String path, CommitmentEntry entry, String currency) {
        if ("EUR".equals(currency)) {
            return entry.amount();
        }
        if (entry.amountEur() != null) {
            checkAmount(path + ".amountEur", entry.amountEur());
            return entry.amountEur();
        }
        if (entry.eurRate() != null) {
            if (entry.eurRate().signum() <= 0 || entry.eurRate().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new InvalidLineException(path + ".eurRate: must be a positive number of euro per unit");
            }
            BigDecimal value = Money.inEuro(entry.amount(), entry.eurRate());
            checkAmount(path + ".eurRate", value);
            return value;
        }
        return null;
    }

    private static void checkAmount(String path, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidLineException(path + ": cannot be negative");
        }
        if (amount.compareTo(LARGEST_AMOUNT) > 0) {
            throw new InvalidLineException(path + ": too large (at most 18 digits before the decimal point)");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidLineException(path + ": at most two decimals (cents)");
        }
    }

    private Commitment reference(String path, String slug, LineContext context) {
        Commitment known = context.commitments.get(slug);
        if (known != null) {
            return known;
        }
        return commitments.findBySlug(slug).orElseThrow(() -> new InvalidLineException(
                path + ": unknown commitment '" + slug + "'; define it with title, donor, category and status"));
    }

    /** A commitment named by a statement: defined in this line or stored before. */
    Commitment commitment(String path, String slug, LineContext context) {
        requiredSlug(path, slug);
        Commitment commitment = reference(path, slug, context);
        context.commitments.put(slug, commitment);
        return commitment;
    }
}
