package eu.newsroom.search;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reindex command: started with {@code --reindex}, the newsroom rebuilds the whole search index from the
 * database with the MassIndexer (which logs its progress), prints each type's documents against its rows, and
 * ends: exit code 0 when every type's count agrees with the database, 1 otherwise (docs/search.md). Runs after
 * the start-up checks of {@link SearchIndexAdmin}.
 */
@Component
@Order(30)
class ReindexCommand implements ApplicationRunner {

    static final String OPTION = "reindex";

    private final SearchIndexAdmin admin;
    private final ConfigurableApplicationContext context;

    ReindexCommand(SearchIndexAdmin admin, ConfigurableApplicationContext context) {
        this.admin = admin;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!args.containsOption(OPTION)) {
            return;
        }
        SearchIndexAdmin.Rebuild rebuild = admin.rebuild();
        List<SearchIndexAdmin.TypeCount> counts = admin.counts();
        // the command's answer, for the operator at the terminal (the log has the progress)
        System.out.printf("Reindexed: %d documents in %d ms%n", rebuild.documents(), rebuild.took().toMillis());
        counts.forEach(count -> System.out.printf("  %-10s %8d documents, %8d rows%s%n", count.type().getSimpleName(),
                count.documents(), count.rows(), count.agrees() ? "" : "  DIFFERENT"));
        boolean agrees = counts.stream().allMatch(SearchIndexAdmin.TypeCount::agrees);
        System.exit(SpringApplication.exit(context, () -> agrees ? 0 : 1));
    }
}
