package eu.newsroom.editorial;

import java.util.ArrayList;
import java.util.List;

/**
 * What every desk form shares: the topics and initiatives it links to (slugs, as checkboxes send
 * them) and the version the editor started from, so a save over a newer version is a conflict.
 */
public abstract class LinkingForm {

    private List<String> topics = new ArrayList<>();

    private List<String> initiatives = new ArrayList<>();

    private long version;

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public List<String> getInitiatives() {
        return initiatives;
    }

    public void setInitiatives(List<String> initiatives) {
        this.initiatives = initiatives == null ? new ArrayList<>() : initiatives;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
