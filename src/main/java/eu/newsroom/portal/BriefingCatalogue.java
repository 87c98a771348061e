package eu.newsroom.portal;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.shared.Slugs;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.MarkdownRenderer;
import eu.newsroom.web.NotFoundException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of briefings: the filtered list and the full item with everything linked to it. */
@Service
@Transactional(readOnly = true)
class BriefingCatalogue {

    /** Filters of the briefing list; all optional. */
    record Filter(LocalDate from, LocalDate to, String lang, String institution, String topic) {

        Filter {
            RequestValues.dateRange(from, to);
            lang = RequestValues.language(lang);
            institution = RequestValues.slug("institution", institution);
            topic = RequestValues.slug("topic", topic);
        }
    }

    private final BriefingRepository briefings;
    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final ViewMapper views;
    private final EmbargoAccess access;
    private final EmbargoMarks embargoes;
    private final MarkdownRenderer markdown;
    private final Citations citations;

    BriefingCatalogue(BriefingRepository briefings, StatementRepository statements, CommitmentRepository commitments,
            ViewMapper views, EmbargoAccess access, EmbargoMarks embargoes, MarkdownRenderer markdown,
            Citations citations) {
        this.markdown = markdown;
        this.citations = citations;
        this.embargoes = embargoes;
        this.briefings = briefings;
        this.statements = statements;
        this.commitments = commitments;
        this.views = views;
        this.access = access;
    }

    Paged<Views.BriefingCard> list(Filter filter, Pageable page, Locale locale) {
        return Paged.of(briefings.findPublic(
                filter.from() == null ? BriefingRepository.EARLIEST : filter.from(),
                filter.to() == null ? BriefingRepository.LATEST : filter.to(), filter.lang(), filter.institution(),
                filter.topic(), locale.getLanguage(), access.liftedUpTo(), page), b -> views.card(b, locale));
    }

    List<String> languages() {
        return briefings.findPublicLanguages(access.liftedUpTo());
    }

    /** The institutions that issued public briefings, named in the reader's language, by name. */
    List<Views.Link> institutions(Locale locale) {
        return briefings.findPublicInstitutions(access.liftedUpTo()).stream().map(a -> views.actor(a, locale))
                .sorted(java.util.Comparator.comparing(Views.Link::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    Views.BriefingDetail detail(String slug, Locale locale, String baseUrl) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("error.notFound.briefing", slug);
        }
        Briefing b = briefings.findPublicBySlug(slug, access.liftedUpTo())
                .orElseThrow(() -> new NotFoundException("error.notFound.briefing", slug));
        List<Views.LangLink> versions = briefings.findPublicVersions(b.getTranslationGroup(), access.liftedUpTo()).stream()
                .map(v -> new Views.LangLink(v.getSlug(), v.getTitle(), v.getLang())).toList();
        String url = "/briefings/" + b.getSlug();
        return new Views.BriefingDetail(b.getSlug(), b.getExternalId(), b.getTitle(), ViewMapper.spelling(b.getKind()),
                b.getLang(), b.getEventDate(), b.getPlace(), views.actor(b.getInstitution(), locale),
                views.actor(b.getSpeaker(), locale), b.getEventName(), b.getPoints(), paragraphs(b.getBody()), markdown.toSafeHtml(b.getBody()),
                b.getSourceUrl(), b.getTranslationGroup(), versions,
                statements.findInBriefing(b.getId()).stream().map(s -> views.statement(s, locale)).toList(),
                commitments.findPublicReportedIn(b.getId(), access.liftedUpTo()).stream()
                        .map(c -> views.commitment(c, locale)).toList(),
                // an initiative only unpublished items gave a status is not public yet, though this item names it
                b.getInitiatives().stream().filter(i -> access.visibility().admitsShared(i.getPublicFrom()))
                        .map(i -> views.initiative(i, locale))
                        .sorted(Comparator.comparing(Views.InitiativeCard::name)).toList(),
                views.topics(b.getTopics(), locale), citation(b, locale, baseUrl + url), url, embargoes.of(b));
    }

    /** The withdrawal notice under a withdrawn briefing's permalink, if the slug names one. */
    Optional<Views.WithdrawnBriefing> withdrawn(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return briefings.findBySlugAndStatus(slug, PublicationStatus.WITHDRAWN)
                .map(b -> new Views.WithdrawnBriefing(b.getSlug(), b.getTitle(), b.getLang(), b.getEventDate(),
                        b.getWithdrawnAt().atZone(BRUSSELS), b.getWithdrawalNotice()));
    }

    private String citation(Briefing b, Locale locale, String permalink) {
        return citations.briefing(b.getTitle(), b.getInstitution() == null ? null : b.getInstitution().nameIn(locale),
                b.getPlace(), b.getEventDate(), permalink, locale);
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
