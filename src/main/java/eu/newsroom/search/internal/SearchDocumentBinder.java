package eu.newsroom.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongPredicate;
import eu.newsroom.briefing.Briefing;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a {@link SearchDocument} into the index: the text into the field of its language (each with
 * that language's analyzer), the thesaurus labels into {@code concepts}, and the fields for filters,
 * facets, sorting and display. Briefings and statements share this schema, so one query spans both.
 */
final class SearchDocumentBinder<E> implements TypeBinder {

    private final Class<E> entityType;
    private final BiFunction<E, LongPredicate, SearchDocument> extractor;
    private final List<String> dependencies;

    /**
     * {@code extractor}: the document of an entity, given which briefings are public to every reader now (by id, for
     * what keeps briefings as ids: an initiative's timeline).
     */
    SearchDocumentBinder(Class<E> entityType, BiFunction<E, LongPredicate, SearchDocument> extractor,
            List<String> dependencies) {
        this.entityType = entityType;
        this.extractor = extractor;
        this.dependencies = dependencies;
    }

    @Override
    public void bind(TypeBindingContext context) {
        dependencies.forEach(context.dependencies()::use);
        IndexSchemaElement schema = context.indexSchemaElement();
        var f = context.typeFactory();
        Map<String, IndexFieldReference<String>> text = new HashMap<>();
        for (String field : SearchFields.TEXT_FIELDS) {
            // searched only: the page's snippets are highlighted from the database's text (SnippetQueries), so the
            // text is neither stored nor kept with term vectors (three quarters of the index's size when it was)
            text.put(field, schema.field(field, f.asString().analyzer(field).projectable(Projectable.NO)
                    .highlightable(List.of(Highlightable.NO))).toReference());
        }
        for (String language : SearchFields.COMPOUND_LANGUAGES) {
            // the parts of the compounds (CompoundText), analysed like the language's text: searched only, matches
            // on parts are highlighted through the whole word of the text field
            String textField = SearchFields.TEXT_PREFIX + language;
            String field = textField + SearchFields.PARTS_SUFFIX;
            text.put(field, schema.field(field, f.asString().analyzer(textField)).toReference());
            // labels of a compound language split like its text: "Korruption" finds the label "Korruptionsbekämpfung"
            String labels = SearchFields.conceptPartsField(language);
            text.put(labels, schema.field(labels, f.asString().analyzer(textField)).multiValued().toReference());
        }
        Fields fields = new Fields(
                text,
                schema.field(SearchFields.CONCEPTS, f.asString().analyzer(SearchFields.ANALYZER_CONCEPTS)).multiValued()
                        .toReference(),
                schema.field(SearchFields.HEADING, f.asString().analyzer(SearchFields.ANALYZER_CONCEPTS))
                        .toReference(),
                schema.field(SearchFields.INITIATIVES, f.asString().analyzer(SearchFields.ANALYZER_INITIATIVE_NAME))
                        .multiValued().toReference(),
                schema.field(SearchFields.SPEAKERS, f.asString().analyzer(SearchFields.ANALYZER_CONCEPTS)).toReference(),
                schema.field(SearchFields.TYPE, f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                        .toReference(),
                schema.field(SearchFields.BRIEFING_ID, f.asLong().projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.KEY, f.asString().searchable(Searchable.NO).sortable(Sortable.YES)).toReference(),
                schema.field(SearchFields.LANG, f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                        .toReference(),
                schema.field(SearchFields.ENTRY, f.asString().aggregable(Aggregable.YES)).toReference(),
                schema.field(SearchFields.DATE, f.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference(),
                schema.field(SearchFields.YEAR, f.asInteger().aggregable(Aggregable.YES)).toReference(),
                schema.field(SearchFields.PUBLISHED, f.asBoolean()).toReference(),
                schema.field(SearchFields.EMBARGO_UNTIL, f.asInstant()).toReference());
        context.bridge(entityType, new Bridge<>(extractor, fields));
    }

    private record Fields(
            Map<String, IndexFieldReference<String>> text,
            IndexFieldReference<String> concepts,
            IndexFieldReference<String> heading,
            IndexFieldReference<String> initiatives,
            IndexFieldReference<String> speakers,
            IndexFieldReference<String> type,
            IndexFieldReference<Long> briefingId,
            IndexFieldReference<String> key,
            IndexFieldReference<String> lang,
            IndexFieldReference<String> entry,
            IndexFieldReference<LocalDate> date,
            IndexFieldReference<Integer> year,
            IndexFieldReference<Boolean> published,
            IndexFieldReference<Instant> embargoUntil) {
    }

    private record Bridge<E>(BiFunction<E, LongPredicate, SearchDocument> extractor, Fields fields)
            implements TypeBridge<E> {

        @Override
        public void write(DocumentElement target, E entity, TypeBridgeWriteContext context) {
            var session = context.extension(HibernateOrmExtension.get()).session();
            Instant now = Instant.now();
            SearchDocument doc = extractor.apply(entity, id -> {
                Briefing briefing = session.find(Briefing.class, id);
                return briefing != null && briefing.isPublicAt(now);
            });
            String textField = SearchFields.textFieldFor(doc.lang());
            target.addValue(fields.text().get(textField), doc.text());
            String partsField = SearchFields.partsFieldFor(textField);
            if (partsField != null) {
                addParts(target, fields.text().get(partsField), doc.text(),
                        textField.substring(SearchFields.TEXT_PREFIX.length()));
            }
            doc.concepts().forEach(label -> target.addValue(fields.concepts(), label));
            if (doc.heading() != null && !doc.heading().isBlank()) {
                target.addValue(fields.heading(), doc.heading());
            }
            doc.initiatives().forEach(name -> target.addValue(fields.initiatives(), name));
            if (doc.speaker() != null && !doc.speaker().isBlank()) {
                target.addValue(fields.speakers(), doc.speaker());
            }
            doc.compoundLabels().forEach((language, labels) -> labels.forEach(label -> addParts(target,
                    fields.text().get(SearchFields.conceptPartsField(language)), label, language)));
            target.addValue(fields.type(), doc.type());
            if (doc.briefingId() != null) {
                target.addValue(fields.briefingId(), doc.briefingId());
            }
            target.addValue(fields.key(), doc.type() + ":" + doc.entityId());
            target.addValue(fields.lang(), doc.lang());
            target.addValue(fields.entry(), SearchFields.entryKey(doc.type(), doc.entityId(), doc.group()));
            if (doc.date() != null) {
                target.addValue(fields.date(), doc.date());
                target.addValue(fields.year(), doc.date().getYear());
            }
            target.addValue(fields.published(), doc.published());
            if (doc.embargoUntil() != null) {
                target.addValue(fields.embargoUntil(), doc.embargoUntil());
            }
        }

        private static void addParts(DocumentElement target, IndexFieldReference<String> field, String text,
                String language) {
            String parts = CompoundText.parts(text, language);
            if (!parts.isEmpty()) {
                target.addValue(field, parts);
            }
        }
    }
}
