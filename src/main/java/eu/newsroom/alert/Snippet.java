package eu.newsroom.alert;

/** The short text under an item's title in a mail: its first "in short" point, else the start of its body. */
final class Snippet {

    static final int LENGTH = 240;

    private Snippet() {
    }

    static String of(String firstPoint, String body) {
        String text = firstPoint != null && !firstPoint.isBlank() ? firstPoint : body == null ? "" : body;
        // the body is Markdown: its marks mean nothing in a mail's summary line
        text = text.replaceAll("[#*_>`\\[\\]]", "").replaceAll("\\s+", " ").strip();
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH - 1);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1) + "…";
    }
}
