package eu.newsroom.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.19 node in this JVM, single-node, on 127.0.0.1 and a given HTTP port, with the analysis names of
 * the ICU and Stempel plugins ({@link IcuAndStempelOnOpenSearch}). Used by ClusterModeTest, and on its own by
 * bench/cluster.sh ({@code java -cp … eu.newsroom.cluster.StandaloneOpenSearch PORT}), until killed.
 */
public final class StandaloneOpenSearch {

    private StandaloneOpenSearch() {
    }

    /**
     * Starts the node with its files in a new directory under the system temp directory; {@code clean()} of the
     * runner deletes that directory. An absolute path of its own: never give the runner a relative one.
     */
    static OpenSearchRunner start(int httpPort) throws IOException {
        Path home = Files.createTempDirectory("newsroom-opensearch-").toAbsolutePath();
        OpenSearchRunner runner = new OpenSearchRunner();
        // the port is ours; the runner would otherwise look for a free one below 9300
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("discovery.type", "single-node");
            settings.put("network.host", "127.0.0.1");
        }).build(OpenSearchRunner.newConfigs().numOfNode(1).basePath(home.toString())
                .clusterName("newsroom-cluster-test").baseHttpPort(httpPort - 1)
                .pluginTypes(IcuAndStempelOnOpenSearch.class.getName()).disableESLogger());
        runner.ensureYellow();
        return runner;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        OpenSearchRunner runner = start(Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                // stopping anyway
            }
            runner.clean();
        }));
        System.out.println("OpenSearch ready on http://127.0.0.1:" + args[0]);
        Thread.currentThread().join();
    }
}
