package eu.newsroom.ingest.internal;

/** A stretch of the text, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(int start, int end) {

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }

    public String in(String text) {
        return text.substring(start, end);
    }
}
