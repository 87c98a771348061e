package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 22, round 6: the raw Lucene baseline asks the app's own window query ({@link WindowQueryExport}): the Lucene
 * query Hibernate Search built, with the learned translations, visibility and filters, asked of a plain
 * {@link IndexSearcher} over the three indexes, finds the app's window: the same best hits with the same scores.
 */
@NewsroomTest
class WindowQueryExportTest {

    private static final List<String> TYPES = List.of("briefing", "statement", "initiative");
    /** The kinds of bench/queries.tsv: words, a compound, several words, a phrase, a language filter, a typo. */
    private static final String[][] QUERIES = {{"Verteidigung", null}, {"Luftverteidigung", null},
            {"support Ukraine ammunition", null}, {"\"Eastern Flank Watch\"", null}, {"sanctions", "en"},
            {"Sicherheit Ostflanke Mission", null}, {"amunition", null}};

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPlainIndexSearcherAskedTheExportedQueryFindsTheAppsWindow() throws IOException {
        WindowQueryExport.awaitBackgroundBuilds(context);
        try (WindowQueryExport export = new WindowQueryExport(context); IndexReader reader = readers()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String[] q : QUERIES) {
                WindowQueryExport.Question question = export.question(q[0], q[1]);
                List<String> raw = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(question.window(), IndexQueries.WINDOW).scoreDocs) {
                    raw.add(key(reader, hit.doc) + "=" + hit.score);
                }
                List<String> app = question.appWindow().stream().map(h -> h.key() + "=" + h.score()).toList();
                assertThat(raw).as("'%s': the raw searcher's window", q[0]).hasSameSizeAs(app);
                assertThat(best(raw)).as("'%s': the best 10, ties by key", q[0]).isEqualTo(best(app));
            }
            assertThat(export.question("Verteidigung", null).appWindow()).as("the demo corpus has it").isNotEmpty();
            assertThat(export.question("Verteidigung", null).bonus()).as("one word: no bonus pass").isNull();
            assertThat(export.question("support Ukraine", null).bonus()).as("adjacent words earn one").isNotNull();
            assertThat(export.question("sanctions", "en").window().toString()).as("the language filter")
                    .contains("lang:en");
        }
    }

    /** Best 10 by score, equal scores by key: the order of ties follows the order of the indexes in the reader. */
    private static List<String> best(List<String> hits) {
        return hits.stream().sorted(Comparator.comparing((String h) -> Float.parseFloat(h.substring(h.indexOf('=') + 1)))
                .reversed().thenComparing(h -> h)).limit(10).toList();
    }

    /** The three indexes as the app's Hibernate Search holds them now, in the order of {@link #TYPES}. */
    private IndexReader readers() throws IOException {
        var mapping = Search.mapping(entityManagerFactory);
        return new MultiReader(
                mapping.scope(Briefing.class).extension(LuceneExtension.get()).openIndexReader(),
                mapping.scope(Statement.class).extension(LuceneExtension.get()).openIndexReader(),
                mapping.scope(Initiative.class).extension(LuceneExtension.get()).openIndexReader());
    }

    /** "type:id" of a document: its index, and Hibernate Search's id doc values. */
    private static String key(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int index = 0;
        for (IndexReaderContext sub : reader.getContext().children()) {
            if (doc < sub.docBaseInParent + sub.reader().maxDoc()) {
                break;
            }
            index++;
        }
        var ids = DocValues.getBinary(leaf.reader(), "__HSEARCH_id_docvalue");
        assertThat(ids.advanceExact(doc - leaf.docBase)).isTrue();
        return TYPES.get(index) + ":" + ids.binaryValue().utf8ToString();
    }
}
