package eu.newsroom.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Permalink slugs: lower-case ASCII words joined by hyphens, derived from any EU-language title. */
public final class Slugs {

    public static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_LENGTH = 120;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }

    /** "Militärmobilität für Europa" becomes "militaermobilitaet-fuer-europa". */
    public static String of(String text) {
        String german = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe");
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(german, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
