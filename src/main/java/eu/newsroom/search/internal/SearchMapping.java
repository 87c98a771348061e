package eu.newsroom.search.internal;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import java.util.List;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The programmatic mapping: entity classes stay free of search annotations. Briefings and statements
 * (and initiatives) are indexed through {@link SearchDocumentBinder}; associations to entities that have no inverse side
 * (topics, speakers, the statement's briefing) are marked SHALLOW: a change of the association itself
 * reindexes the item, a change inside the associated entity (a topic label, the briefing's status) does
 * not. The visibility of statements is therefore checked at query time against the database as well
 * (see SearchService and docs/search.md).
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();

        TypeMappingStep briefing = mapping.type(Briefing.class);
        briefing.indexed().index("briefing");
        shallow(briefing, "topics", "initiatives", "speaker", "institution");
        briefing.binder(new SearchDocumentBinder<>(Briefing.class, (b, publicSource) -> SearchDocument.of(b), List.of("title", "lang",
                "translationGroup", "eventDate", "place", "eventName", "body", "points", "status", "embargoUntil",
                "topics", "initiatives", "speaker")));

        TypeMappingStep statement = mapping.type(Statement.class);
        statement.indexed().index("statement");
        shallow(statement, "briefing", "speaker", "topics", "commitments", "initiatives");
        statement.binder(new SearchDocumentBinder<>(Statement.class, (s, publicSource) -> SearchDocument.of(s), List.of("text", "lang",
                "saidOn", "speakerRole", "speaker", "topics", "briefing", "initiatives")));

        TypeMappingStep initiative = mapping.type(Initiative.class);
        initiative.indexed().index("initiative");
        shallow(initiative, "topics", "leads");
        initiative.binder(new SearchDocumentBinder<>(Initiative.class, SearchDocument::of, List.of("name",
                "description", "descriptionLang", "aliases", "startDate", "topics", "publicFrom")));
    }

    private static void shallow(TypeMappingStep type, String... associations) {
        for (String association : associations) {
            type.property(association).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        }
    }
}
