package eu.newsroom.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's query made safe for Hibernate Search's simple query syntax ("quoted phrases",
 * -exclusion, | for OR, + for AND, parentheses). Control characters are removed, the length and the
 * number of words are capped, the words OR/AND/NOT become |, + and -. A query the syntax cannot read
 * (an unbalanced quote or parenthesis, operators without words) falls back to its plain words; a query
 * without any word is empty. Each step that changed what is searched leaves a notice for the reader.
 */
record QueryText(String raw, String text, boolean structured, List<Notice> notices) {

    static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 32;

    /** What the reader is told about the query; each is a message key of the bundles. */
    enum Notice {
        TRUNCATED("search.notice.truncated"),
        PLAIN_TERMS("search.notice.plainTerms"),
        NO_TERMS("search.notice.noTerms"),
        /** Nothing matched the words as typed; the results are those of the suggested spelling. */
        CORRECTED("search.notice.corrected"),
        /** No item has all the words; items with some of them are shown. */
        SOME_WORDS("search.notice.someWords"),
        /** Few items have all the words; items with some of them are shown below those. */
        SOME_WORDS_BELOW("search.notice.someWordsBelow"),
        /** No item has the phrase as typed; the items with its words (or their translations) are shown. */
        PHRASE_AS_WORDS("search.notice.phraseAsWords"),
        /** Few items have the phrase as typed; items with its words (or their translations) are shown below those. */
        PHRASE_WORDS_BELOW("search.notice.phraseWordsBelow"),
        /** The index is being rebuilt from the database (at start-up): results may be incomplete for a while. */
        INDEX_REBUILDING("search.notice.indexRebuilding");

        final String messageKey;

        Notice(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’._-]*");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=^|[\\s\\h(])-(?=[\\s\\h]|$)");
    private static final Pattern OPERATOR_WORD = Pattern.compile("(?<=^|\\s|\\()(OR|AND|NOT)(?=\\s|$|\\()");
    /** Our highlight markers (private use characters) must never come from the reader. */
    private static final Pattern UNWANTED = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

    boolean isEmpty() {
        return text.isEmpty();
    }

    static QueryText parse(String raw) {
        List<Notice> notices = new ArrayList<>();
        String original = raw == null ? "" : raw;
        // composed (NFC): a letter and its combining mark typed apart ("ę" as "e" + U+0328) are the one letter the
        // index has
        String q = UNWANTED.matcher(Normalizer.normalize(original, Normalizer.Form.NFC))
                .replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (q.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(q.charAt(end - 1))) {
                end--;
            }
            q = q.substring(0, end).strip();
            notices.add(Notice.TRUNCATED);
        }
        String[] tokens = q.isEmpty() ? new String[0] : q.split(" ");
        if (tokens.length > MAX_WORDS) {
            q = String.join(" ", java.util.Arrays.copyOf(tokens, MAX_WORDS));
            if (!notices.contains(Notice.TRUNCATED)) {
                notices.add(Notice.TRUNCATED);
            }
        }
        if (q.isEmpty()) {
            if (!original.isBlank()) {
                notices.add(Notice.NO_TERMS);
            }
            return new QueryText(original, "", false, List.copyOf(notices));
        }
        String structured = translateOperatorWords(q);
        if (readable(structured)) {
            return new QueryText(original, structured, true, List.copyOf(notices));
        }
        String plain = plainWords(q);
        notices.add(plain.isEmpty() ? Notice.NO_TERMS : Notice.PLAIN_TERMS);
        return new QueryText(original, plain, false, List.copyOf(notices));
    }

    /** The words of the query without any syntax (and without the operator words OR, AND, NOT). */
    static String plainWords(String q) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(q);
        while (m.find()) {
            String word = m.group();
            if (!word.equals("OR") && !word.equals("AND") && !word.equals("NOT")) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /**
     * The query as one name: its words when it is nothing but words, or one quoted phrase ("drone wall",
     * {@code "Eastern Flank Watch"}); null when it has operators, exclusions or several phrases.
     */
    static String asName(String text) {
        String unquoted = text.strip();
        if (unquoted.length() > 1 && unquoted.startsWith("\"") && unquoted.endsWith("\"")
                && unquoted.indexOf('"', 1) == unquoted.length() - 1) {
            unquoted = unquoted.substring(1, unquoted.length() - 1).strip();
        }
        String words = plainWords(unquoted);
        return !words.isEmpty() && words.equals(unquoted.replaceAll("\\s+", " ")) ? words : null;
    }

    /**
     * The words of a query of phrases and plain words without their quotes, or null when it has any other syntax (a
     * required or excluded word, alternatives, groups, a wildcard): what is searched when no item has the phrases as
     * typed (a phrase said in another language: "défense totale" for items that say "Totalverteidigung").
     */
    static String phrasesAsWords(String text) {
        if (text.indexOf('"') < 0 || SYNTAX_BESIDE_PHRASES.matcher(text).find()) {
            return null;
        }
        String words = text.replace("\"", " ").trim().replaceAll("\\s+", " ");
        return words.isEmpty() ? null : words;
    }

    private static final Pattern SYNTAX_BESIDE_PHRASES = Pattern.compile("(^|\\s)[+-]|[|()*~]");

    /** Whether the query is one quoted phrase and nothing else. */
    static boolean isOnePhrase(String text) {
        String q = text.strip();
        return q.length() > 2 && q.startsWith("\"") && q.endsWith("\"") && q.indexOf('"', 1) == q.length() - 1;
    }

    private static String translateOperatorWords(String q) {
        // a hyphen with a space on each side is a dash ("März - Mai 2024", "Rafale - Eurofighter"), not the sign of an
        // exclusion, which is written against its word ("-ukraine"): the simple query syntax would exclude the next
        // word, so it becomes the dash it stands for, which is no syntax and no word
        Matcher m = OPERATOR_WORD.matcher(SPACED_HYPHEN.matcher(q).replaceAll("\u2013"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "OR" -> "|";
                case "AND" -> "+";
                default -> "-";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        // "NOT ukraine" became "- ukraine": bind the minus to its word (the reader's spaced hyphens are dashes by now)
        return out.toString().replaceAll("(^|[\\s(])- +(?=\\S)", "$1-");
    }

    /**
     * Whether the simple query syntax reads the query as the reader meant it: quotes and parentheses
     * balanced, at least one word, and no operator without a word to apply to.
     */
    static boolean readable(String q) {
        int quotes = 0;
        int depth = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') {
                quotes++;
            } else if (quotes % 2 == 0 && c == '(') {
                depth++;
            } else if (quotes % 2 == 0 && c == ')') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        if (quotes % 2 != 0 || depth != 0) {
            return false;
        }
        if (!WORD.matcher(q).find()) {
            return false;
        }
        // operators need words: "|", "+", "-" alone, or two in a row ("+ |"), are not a query
        String withoutPhrases = q.replaceAll("\"[^\"]*\"", " x ");
        String[] parts = withoutPhrases.replace("(", " ").replace(")", " ").strip().split("\\s+");
        String previous = "|";
        for (String part : parts) {
            boolean operator = part.equals("|") || part.equals("+") || part.equals("-");
            if (operator && (previous.equals("|") || previous.equals("+") || previous.equals("-"))) {
                return false;
            }
            previous = part;
        }
        return !(previous.equals("|") || previous.equals("+") || previous.equals("-"));
    }
}
