package eu.newsroom.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences with their offsets: at a line break, or after . ! ? … followed by a
 * capital, a digit or an opening quote (or a dash that opens direct speech), but not after common abbreviations, and never inside a
 * quotation that goes on ("We will. We must," she said).
 */
public final class Sentences {

    private static final Pattern END = Pattern.compile(
            "[.!?…]+[\"”“»«’'‘]?(?=\\s+(?:[\"„“«»‘‚('’–—]\\s?)?[\\p{Lu}\\p{N}])");
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList("z", "b", "dr", "mr", "mrs", "ms", "prof", "st", "nr", "no",
            "bzw", "ca", "etc", "vs", "art", "abs", "mio", "mrd", "mld", "mln", "ok", "u", "a", "v", "vgl", "bzgl", "ggf",
            "inkl", "sog", "evtl", "hr", "fr", "m", "mme", "mlle", "sr", "sra", "dott", "sig", "ing", "np", "tzw", "im",
            "jr", "gen", "adm", "lt", "col", "sen", "rep", "gov", "dz", "ust", "pkt", "ds", "mw", "dhr", "mevr", "e", "i",
            "proc", "tys", "r", "ok", "tzw", "godz", "ul", "al", "drs", "ir", "bijv", "incl", "sra", "on", "płk", "gen",
            // Polish ranks and degrees before a name ("gen. bryg. Piotr Mazur", "ppłk. dr inż."), "kal. 155 mm"
            "bryg", "dyw", "broni", "ppłk", "mjr", "kpt", "ppor", "por", "kmdr", "kadm", "wadm", "inż", "mgr", "hab", "kal"));

    private Sentences() {
    }

    /** The sentences of a stretch of the text, without their surrounding spaces. */
    public static List<Span> of(String text, Span within) {
        List<Span> raw = new ArrayList<>();
        int lineStart = within.start();
        for (int i = within.start(); i <= within.end(); i++) {
            if (i == within.end() || text.charAt(i) == '\n') {
                splitLine(text, lineStart, i, raw);
                lineStart = i + 1;
            }
        }
        return joinOpenQuotes(text, raw);
    }

    public static List<Span> of(String text) {
        return of(text, new Span(0, text.length()));
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        Matcher end = END.matcher(text).region(from, to);
        int start = from;
        while (end.find()) {
            if (isAbbreviation(text, start, end.start())) {
                continue;
            }
            add(text, start, end.end(), out);
            start = end.end();
        }
        add(text, start, to, out);
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        // "1." before a month or a noun is an ordinal ("1. Dezember"), not a sentence end
        boolean ordinal = word.isEmpty() && dot > sentenceStart && Character.isDigit(text.charAt(dot - 1))
                && dot - sentenceStart > 0 && !Character.isDigit(nextNonSpace(text, dot + 1));
        return ABBREVIATIONS.contains(word) || ordinal && ordinalBefore(text, dot);
    }

    private static boolean ordinalBefore(String text, int dot) {
        int d = dot;
        while (d > 0 && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        return dot - d <= 2;
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static void add(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }

    /** Joins sentences on one line while a quotation opened in them is still open ('We will. We must,' she said). */
    private static List<Span> joinOpenQuotes(String text, List<Span> raw) {
        List<Span> joined = new ArrayList<>();
        Span open = null;
        int openUntil = -1;
        for (Span sentence : raw) {
            if (open != null && sentence.start() < openUntil) {
                open = new Span(open.start(), sentence.end());
            } else {
                if (open != null) {
                    joined.add(open);
                }
                open = sentence;
            }
            openUntil = Math.max(openUntil, quotedUntil(text, open));
        }
        if (open != null) {
            joined.add(open);
        }
        return joined;
    }

    /** Where the last quotation opened in a sentence closes on its line (the line's end if it never does). */
    private static int quotedUntil(String text, Span sentence) {
        int lineStart = text.lastIndexOf('\n', sentence.start()) + 1;
        int lineEnd = text.indexOf('\n', sentence.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int until = -1;
        for (Span quote : Quotes.quoted(text.substring(lineStart, lineEnd), lineStart)) {
            int close = quote.end() < 0 ? lineEnd : quote.end();
            if (quote.start() >= sentence.start() && quote.start() < sentence.end() && close > sentence.end()) {
                until = Math.max(until, close);
            }
        }
        return until;
    }
}
