package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of the thesaurus: every topic with its labels in each language. */
@Service
@Transactional(readOnly = true)
class TopicCatalogue {

    private final TopicRepository topics;
    private final ViewMapper views;

    private final EmbargoAccess access;

    TopicCatalogue(TopicRepository topics, ViewMapper views, EmbargoAccess access) {
        this.access = access;
        this.topics = topics;
        this.views = views;
    }

    List<Views.TopicCard> all(Locale locale) {
        return topics.findPublic(access.liftedUpTo()).stream().map(t -> views.topic(t, locale))
                .sorted(Comparator.comparing(Views.TopicCard::label)).toList();
    }

    Views.TopicCard detail(String slug, Locale locale) {
        return topics.findPublicBySlug(slug, access.liftedUpTo()).map(t -> views.topic(t, locale))
                .orElseThrow(() -> new NotFoundException("error.notFound.topic", slug));
    }
}
