package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.shared.CommittedChanges;
import eu.newsroom.statement.Statement;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the suggester and the translation lexicon when a committed change touched the searchable content (a briefing, statement or
 * initiative inserted, updated or deleted), the same moments at which Hibernate Search updates the index.
 */
@Component
class ContentChanges extends CommittedChanges {

    private final Suggester suggester;
    private final TranslationLexicon lexicon;

    ContentChanges(EntityManagerFactory entityManagerFactory, Suggester suggester, TranslationLexicon lexicon) {
        super(entityManagerFactory);
        this.suggester = suggester;
        this.lexicon = lexicon;
    }

    @Override
    protected void committed(Object entity) {
        String item = entity instanceof Briefing briefing ? VocabularyStore.briefingKey(briefing.getId())
                : entity instanceof Statement statement ? VocabularyStore.briefingKey(statement.getBriefing().getId())
                : entity instanceof Initiative initiative ? VocabularyStore.initiativeKey(initiative.getId())
                : null;
        if (item != null) {
            suggester.itemChanged(item);
            lexicon.contentChanged();
        }
    }
}
