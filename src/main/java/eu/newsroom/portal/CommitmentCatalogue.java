package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentFilter;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.commitment.RateSource;
import eu.newsroom.commitment.ReferenceRates;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of commitments: the table, largest first, and each with its history and sources. */
@Service
@Transactional(readOnly = true)
class CommitmentCatalogue {

    private final CommitmentRepository commitments;
    private final StatementRepository statements;
    private final ViewMapper views;
    private final EmbargoAccess access;
    private final ReferenceRates rates;
    private final AmountFormat amounts;

    CommitmentCatalogue(CommitmentRepository commitments, StatementRepository statements, ViewMapper views,
            EmbargoAccess access, ReferenceRates rates, AmountFormat amounts) {
        this.commitments = commitments;
        this.statements = statements;
        this.views = views;
        this.access = access;
        this.rates = rates;
        this.amounts = amounts;
    }

    Paged<Views.CommitmentView> list(CommitmentFilter filter, Pageable page, Locale locale) {
        return Paged.of(commitments.findPublic(filter, access.liftedUpTo(), page), c -> views.commitment(c, locale));
    }

    Views.CommitmentDetail detail(String slug, Locale locale) {
        Commitment c = commitments.findPublicBySlug(slug, access.liftedUpTo())
                .orElseThrow(() -> new NotFoundException("error.notFound.commitment", slug));
        var history = c.historyPublicAt(access.liftedUpTo()).stream().map(step -> new Views.HistoryStep(step.getEffectiveOn(),
                ViewMapper.spelling(step.getStatus()),
                views.amount(step.getAmount(), step.getCurrency(), ViewMapper.spelling(step.getQualifier()), locale)))
                .toList();
        var source = c.getSourceBriefing() == null ? null : views.briefingLink(c.getSourceBriefing());
        var said = statements.findPublicOnCommitment(c.getId(), access.liftedUpTo()).stream()
                .map(s -> views.statement(s, locale)).toList();
        var partOf = c.getPartOf() == null ? null : commitments.findPublicBySlug(c.getPartOf().getSlug(),
                access.liftedUpTo()).map(CommitmentCatalogue::link).orElse(null);
        var parts = commitments.findPublicParts(c.getId(), access.liftedUpTo()).stream().map(CommitmentCatalogue::link)
                .toList();
        return new Views.CommitmentDetail(views.commitment(c, locale), history, source, said, c.getEurRate(),
                c.getRateDate(), rate(c.getCurrency(), c.getRateSource(), c.getEurRate(), c.getRateDate(), locale),
                partOf, parts);
    }

    private static Views.Link link(Commitment c) {
        return new Views.Link(c.getSlug(), c.getTitle());
    }

    /** The rate behind a euro value, with the ECB's own quote (units per euro) where it was the ECB's. */
    Views.RateView rate(String currency, RateSource source, BigDecimal eurPerUnit, LocalDate on, Locale locale) {
        if (source == null) {
            return null;
        }
        BigDecimal unitsPerEuro = source == RateSource.ECB
                ? rates.publishedOn(currency, on).map(ReferenceRates.ReferenceRate::unitsPerEuro).orElse(null) : null;
        return amounts.rate(currency, ViewMapper.spelling(source), eurPerUnit, unitsPerEuro, on, locale);
    }
}
