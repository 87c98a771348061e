package eu.newsroom.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One build at a time on a daemon thread of its own: what the search keeps in memory from every public text (the
 * suggester's vocabulary, the translation lexicon) is rebuilt there, never in a request.
 */
final class BackgroundBuild {

    private final ExecutorService executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile CompletableFuture<Void> current = CompletableFuture.completedFuture(null);

    BackgroundBuild(String threadName) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the build unless one is running (that one reads the content soon enough). */
    void start(Runnable build) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        current = CompletableFuture.runAsync(() -> {
            try {
                build.run();
            } finally {
                running.set(false);
            }
        }, executor);
    }

    /** The build running or last run. */
    CompletableFuture<Void> current() {
        return current;
    }

    void stop() {
        executor.shutdownNow();
    }
}
