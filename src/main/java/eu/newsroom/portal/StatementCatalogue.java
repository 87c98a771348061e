package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.shared.Slugs;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of statements: who said what, newest first, filtered by speaker and language. */
@Service
@Transactional(readOnly = true)
class StatementCatalogue {

    private final StatementRepository statements;
    private final ViewMapper views;
    private final EmbargoAccess access;

    StatementCatalogue(StatementRepository statements, ViewMapper views, EmbargoAccess access) {
        this.statements = statements;
        this.views = views;
        this.access = access;
    }

    Paged<Views.StatementView> list(String speaker, String lang, Pageable page, Locale locale) {
        String speakerSlug = speaker == null || speaker.isBlank() ? null : speaker;
        if (speakerSlug != null && !Slugs.isValid(speakerSlug)) {
            throw new BadRequestException("error.param.slug", "speaker");
        }
        String language = lang == null || lang.isBlank() ? null
                : LanguageTags.canonical(lang).orElseThrow(() -> new BadRequestException("error.param.lang", lang));
        return Paged.of(statements.findPublic(speakerSlug, language, access.liftedUpTo(), page),
                s -> views.statement(s, locale));
    }

    Views.StatementView detail(String slug, Locale locale) {
        return statements.findPublicBySlug(slug, access.liftedUpTo()).map(s -> views.statement(s, locale))
                .orElseThrow(() -> new NotFoundException("error.notFound.statement", slug));
    }
}
