package eu.newsroom.search;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package (ClusterModeTest): waits until an application's translation lexicon, suggestion
 * word list and the dictionaries' translations kept from that word list have read the content committed so far, as
 * {@link BlindRelevanceTest} does before asking its queries.
 * Both are built in the background after a start or an import; a query asked before that is answered without the new
 * items' translations and words, and the figures would depend on the timing.
 */
public final class SearchBackgroundBuilds {

    public static void await(ApplicationContext application) {
        application.getBean(TranslationLexicon.class).awaitRebuild();
        application.getBean(Suggester.class).awaitRebuild();
        // the dictionaries keep the translations the word list has: read after it
        application.getBean(Dictionaries.class).awaitRebuild();
    }

    private SearchBackgroundBuilds() {
    }
}
