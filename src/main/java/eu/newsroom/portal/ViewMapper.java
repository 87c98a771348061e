package eu.newsroom.portal;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.FigureKind;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import eu.newsroom.topic.Topic;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns entities into the read models the pages and the API show, in the reader's language. */
@Component
class ViewMapper {

    private final AmountFormat amounts;
    private final EmbargoMarks embargoes;

    ViewMapper(AmountFormat amounts, EmbargoMarks embargoes) {
        this.amounts = amounts;
        this.embargoes = embargoes;
    }

    static String spelling(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Views.Link actor(Actor actor, Locale locale) {
        return actor == null ? null : new Views.Link(actor.getSlug(), actor.nameIn(locale));
    }

    Views.Link briefingLink(Briefing briefing) {
        return new Views.Link(briefing.getSlug(), briefing.getTitle());
    }

    List<Views.Link> topics(Set<Topic> topics, Locale locale) {
        return topics.stream().map(t -> new Views.Link(t.getSlug(), t.labelIn(locale)))
                .sorted(Comparator.comparing(Views.Link::name)).toList();
    }

    Views.BriefingCard card(Briefing b, Locale locale) {
        return new Views.BriefingCard(b.getSlug(), b.getTitle(), spelling(b.getKind()), b.getLang(), b.getEventDate(),
                b.getPlace(), actor(b.getInstitution(), locale), b.getPoints(), "/briefings/" + b.getSlug(),
                embargoes.of(b));
    }

    Views.StatementView statement(Statement s, Locale locale) {
        return new Views.StatementView(s.getSlug(), s.getText(), spelling(s.getKind()), s.getLang(), s.getSaidOn(),
                s.getPlace(), actor(s.getSpeaker(), locale), s.getSpeakerRole(), briefingLink(s.getBriefing()),
                topics(s.getTopics(), locale), "/statements/" + s.getSlug(), List.of(), embargoes.of(s.getBriefing()));
    }

    /** One statement per language group, in the reader's language where there is one, with its other versions. */
    List<Views.StatementView> statementsOncePerGroup(List<Statement> statements, Locale locale) {
        return LanguageVersions.statements(statements, locale).stream()
                .map(c -> statement(c.shown(), locale).withVersions(c.others().stream()
                        .map(o -> LanguageVersions.version(o.getLang(), "/statements/" + o.getSlug(), locale)).toList()))
                .toList();
    }

    /** A statement on a timeline, with its speaker and its other language versions as "also in". */
    Views.TimelineEntry timelineEntry(LanguageVersions.Chosen<Statement> versions, Locale locale) {
        Statement s = versions.shown();
        return new Views.TimelineEntry(s.getSaidOn(), "statement", s.getText(), s.getLang(), "/statements/" + s.getSlug(),
                actor(s.getSpeaker(), locale), versions.others().stream()
                        .map(o -> LanguageVersions.version(o.getLang(), "/statements/" + o.getSlug(), locale)).toList(),
                embargoes.of(s.getBriefing()));
    }

    /** A briefing on a timeline, with its other language versions as "also in". */
    Views.TimelineEntry briefingEntry(LanguageVersions.Chosen<Briefing> versions, Locale locale) {
        Briefing b = versions.shown();
        return new Views.TimelineEntry(b.getEventDate(), "briefing", b.getTitle(), b.getLang(), "/briefings/" + b.getSlug(),
                null, versions.others().stream()
                        .map(o -> LanguageVersions.version(o.getLang(), "/briefings/" + o.getSlug(), locale)).toList(),
                embargoes.of(b));
    }

    Views.CommitmentView commitment(Commitment c, Locale locale) {
        String qualifier = spelling(c.getQualifier());
        return new Views.CommitmentView(c.getSlug(), c.getTitle(), actor(c.getDonor(), locale),
                actor(c.getRecipient(), locale), spelling(c.getCategory()), AmountFormat.plain(c.getAmount()),
                AmountFormat.plain(c.getAmountHigh()), c.getCurrency(), qualifier, AmountFormat.plain(c.getAmountEur()),
                spelling(c.getStatus()), c.getPeriodFrom(), c.getPeriodTo(), c.getAnnouncedOn(),
                amounts.format(c.getAmount(), c.getAmountHigh(), c.getCurrency(), qualifier, locale),
                "/commitments/" + c.getSlug(), spelling(c.getFigure()),
                c.getFigure() == FigureKind.CUMULATIVE ? c.getAsOf() : null, embargoes.of(c.getSourceBriefing()));
    }

    String amount(java.math.BigDecimal amount, String currency, String qualifier, Locale locale) {
        return amounts.format(amount, null, currency, qualifier, locale);
    }

    Views.InitiativeCard initiative(Initiative i, Locale locale) {
        return new Views.InitiativeCard(i.getSlug(), i.nameIn(locale), spelling(i.getKind()), spelling(i.getStatus()),
                i.getLeads().stream().map(a -> actor(a, locale)).sorted(Comparator.comparing(Views.Link::name)).toList(),
                "/initiatives/" + i.getSlug());
    }

    Views.ActorCard actorCard(Actor a, Locale locale) {
        return new Views.ActorCard(a.getSlug(), a.nameIn(locale), spelling(a.getKind()), a.getCountry(),
                "/actors/" + a.getSlug());
    }

    Views.TopicCard topic(Topic t, Locale locale) {
        List<Views.LangLink> labels = t.getLabels().stream().filter(l -> l.preferred())
                .map(l -> new Views.LangLink(t.getSlug(), l.label(), l.lang()))
                .sorted(Comparator.comparing(Views.LangLink::lang)).toList();
        return new Views.TopicCard(t.getSlug(), t.labelIn(locale), labels, "/topics/" + t.getSlug());
    }
}
