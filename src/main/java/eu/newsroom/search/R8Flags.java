package eu.newsroom.search;

/** TEMPORARY (round 8 ablation runs): switches read from system properties; removed before the last commit. */
final class R8Flags {
    static boolean off(String name) {
        return Boolean.getBoolean("r8.no" + name);
    }

    private R8Flags() {
    }
}
