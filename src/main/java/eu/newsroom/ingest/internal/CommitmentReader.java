package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction.Amount;
import eu.newsroom.ingest.Extraction.CommitmentProposal;
import eu.newsroom.ingest.internal.CommitmentParties.Parties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns amounts into commitment proposals (one per sum, a range as one, a price per unit as none), and
 * proposes the commitments a text names without a figure yet ("ein zweijähriges Finanzpaket", "a new
 * support package"). Donor, recipient, category and status are guesses from the sentence, for the
 * editor to check.
 */
public final class CommitmentReader {

    private static final Pattern PER_UNIT = Pattern.compile("(?iu)^\\s*(?:per|pro|par|por|za|je|a)\\s+\\p{L}");
    /**
     * After "per / par / por / za" a determiner or a number makes the phrase a purpose or an agent, not a unit: "300
     * milioni di euro per il Fondo", "per quattro fregate", "adoptés par le Conseil", "por el Gobierno", "za te
     * pieniądze". Italian "per" is "for" whatever follows, unless "per ogni / per ciascun".
     */
    private static final Pattern PURPOSE = Pattern.compile("(?iu)^\\s*(?:per|pro|par|por|za|je|a)\\s+(?:(?:the|a|an|der|die|das"
            + "|den|dem|des|ein|eine|einen|einem|le|la|les|l['’]|un|une|des|du|el|los|las|una|unos|unas|il|lo|gli|i"
            + "|uno|ten|ta|te|tę|tych|ich|jej|jego|de|het|een)\\b|\\p{N}|l['’])");

    private static boolean perUnit(String after, String lang) {
        if (!PER_UNIT.matcher(after).lookingAt() || PURPOSE.matcher(after).lookingAt()) {
            return false;
        }
        return !"it".equals(lang) || after.strip().toLowerCase(java.util.Locale.ROOT).matches("(?s)per (?:ogni|ciascun).*");
    }
    private static final Pattern PACKAGE = Pattern.compile("(?iu)(?<![\\p{L}])(?:(\\p{Ll}[\\p{L}-]*)\\s+)?"
            + "(finanzpaket|finanzierungspaket|hilfspaket|unterstützungspaket|finanzhilfepaket|financing package"
            + "|funding package|aid package|support package|financial package|assistance package|paquet financier"
            + "|paquet de financement|paquet d'aide|paquet d’aide|enveloppe financière|paquete financiero"
            + "|paquete de financiación|paquete de ayuda|pacchetto finanziario|pacchetto di aiuti"
            + "|pacchetto di finanziamenti|pakiet finansowy|pakiet pomocowy|pakiet pomocy|financieel pakket"
            + "|financieringspakket|steunpakket|hulppakket)(?:e[sn]?|s)?(?![\\p{L}])");
    private static final Set<String> ARTICLES = Set.of("ein", "eine", "einen", "einem", "eines", "das", "der", "die",
            "den", "dem", "des", "a", "an", "the", "un", "une", "le", "la", "el", "il", "lo", "uno", "una", "een", "het",
            "de", "this", "new", "neues", "neue", "neuen");
    private static final Map<String, Pattern> CATEGORIES = Map.of(
            "military", Pattern.compile("(?iu)militär|military|militaire|militar|wojskow|militair|munition|ammunition"
                    + "|munitions|weapons|waffen|armes|armas|armi|broń|wapens|air defence|luftverteidigung"),
            "humanitarian", Pattern.compile("(?iu)humanit|umanitari"),
            "budget", Pattern.compile("(?iu)budget|haushalt|presupuesto|bilancio|budżet|begroting"
                    + "|(?<![\\p{L}])(?:bip|gdp|pib|pil)(?![\\p{L}])"),
            "industrial", Pattern.compile("(?iu)industr|produktion|production|producción|produzione|produkcj|productie"));
    private CommitmentReader() {
    }

    public static List<CommitmentProposal> read(String text, List<Span> sentences, List<Amount> amounts,
            String lang, ActorMentions actors) {
        List<CommitmentProposal> commitments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, CommitmentProposal> firstByKey = new java.util.HashMap<>();
        Set<String> toldFirst = new HashSet<>();
        Set<Span> withAmount = new HashSet<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            Amount high = "range-low".equals(amount.qualifier()) && i + 1 < amounts.size() ? amounts.get(++i) : null;
            int end = high != null ? high.end() : amount.end();
            Span sentence = sentenceAt(sentences, amount.start(), text);
            withAmount.add(sentence);
            String key = amount.amount().toPlainString() + amount.currency() + amount.qualifier();
            if (perUnit(text.substring(end), lang)) {
                continue;
            }
            if (!seen.add(key)) {
                // the same sum again ("8,5 Mio. Euro" in a point, then in the body): what the first mention did not
                // tell (a status, a donor), a later sentence may
                CommitmentProposal first = firstByKey.get(key);
                String told = CommitmentStatus.told(text, clauseAround(text, sentence, amount.start(), end, lang),
                        amount.start(), end, lang);
                Parties parties = CommitmentParties.of(text, sentence, amount.start(), end, lang, actors);
                boolean status = !toldFirst.contains(key) && told != null;
                boolean donor = first.donor() == null && parties.donor() != null;
                boolean donorName = first.donor() == null && first.donorName() == null && parties.donorName() != null;
                boolean recipient = first.recipient() == null && first.recipientName() == null;
                if (status || donor || donorName) {
                    CommitmentProposal better = new CommitmentProposal(first.title(), first.amount(), first.amountHigh(),
                            donor ? parties.donor() : first.donor(),
                            recipient ? parties.recipient() : first.recipient(),
                            first.category(), status ? told : first.status(), first.start(), first.end(),
                            donor ? null : donorName ? parties.donorName() : first.donorName(),
                            recipient ? parties.recipientName() : first.recipientName());
                    commitments.set(commitments.indexOf(first), better);
                    firstByKey.put(key, better);
                    if (status) {
                        toldFirst.add(key);
                    }
                }
                continue;
            }
            CommitmentProposal proposal = proposal(text, sentence, amount, high, amount.start(), end, lang, actors);
            commitments.add(proposal);
            firstByKey.put(key, proposal);
            Span clause = clauseAround(text, sentence, amount.start(), end, lang);
            if (CommitmentStatus.told(text, clause, amount.start(), end, lang) != null) {
                toldFirst.add(key);
            }
        }
        for (Span sentence : sentences) {
            if (withAmount.contains(sentence)) {
                continue;
            }
            Matcher named = PACKAGE.matcher(text).region(sentence.start(), sentence.end());
            if (named.find()) {
                boolean adjective = named.group(1) != null && !ARTICLES.contains(named.group(1).toLowerCase());
                int start = adjective ? named.start(1) : named.start(2);
                commitments.add(proposal(text, sentence, null, null, start, named.end(), lang, actors));
            }
        }
        commitments.sort(Comparator.comparingInt(CommitmentProposal::start));
        return commitments;
    }

    private static CommitmentProposal proposal(String text, Span sentence, Amount amount, Amount high, int start,
            int end, String lang, ActorMentions actors) {
        String words = sentence.in(text);
        String title = amount == null ? text.substring(start, end) : clause(text, sentence, end);
        Parties parties = CommitmentParties.of(text, sentence, start, end, lang, actors);
        String donor = parties.donor();
        String recipient = parties.recipient();
        String status = amount == null ? "proposed"
                : CommitmentStatus.of(text, clauseAround(text, sentence, start, end, lang), sentence, start, end, lang);
        // a "Finanzpaket" is financial whatever else its sentence mentions
        String category = amount == null && title.toLowerCase().matches("(?s).*(?:finan|financ).*") ? "financial"
                : category(words);
        return new CommitmentProposal(title, amount, high, donor, recipient, category, status, start, end,
                parties.donorName(), parties.recipientName());
    }

    /** Where one clause of a sentence ends and another begins: "; ", or a comma and a conjunction of the language. */
    private static final Map<String, String> CONJUNCTIONS = Map.of("en", "and|but|while|whereas", "de",
            "und|aber|doch|während", "fr", "et|mais|alors que|tandis que", "es", "y|pero|mientras", "it", "e|ma|mentre",
            "pl", "i|a|ale|natomiast", "nl", "en|maar|terwijl");
    /** "…, of which", "dont", "de los cuales", "di cui", "davon", "z czego", "waarvan": a sub-amount's own clause. */
    private static final String OF_WHICH = "of which|dont|de los cuales|de las cuales|di cui|davon|z czego|waarvan";

    private static Pattern clauseBreak(String lang) {
        String words = CONJUNCTIONS.getOrDefault(lang == null ? "" : lang, "and|but|while");
        return Pattern.compile("(?iu);|,\\s+(?:" + words + ")\\s+(?![\\p{Ll}]+\\s+(?:\\p{N}|EUR|€))|,\\s+(?=(?:"
                + OF_WHICH + ")\\s)");
    }

    /**
     * The clause of the sentence that holds the figure: "Le gouvernement consacrera 2 milliards …, et le ministère a
     * déjà débloqué 120 millions": each sum's status is read from its own clause.
     */
    private static Span clauseAround(String text, Span sentence, int start, int end, String lang) {
        int from = sentence.start();
        int to = sentence.end();
        Matcher breaks = clauseBreak(lang).matcher(text).region(sentence.start(), sentence.end());
        while (breaks.find()) {
            if (breaks.end() <= start) {
                from = breaks.end();
            } else if (breaks.start() >= end) {
                to = breaks.start();
                break;
            }
        }
        return new Span(from, to);
    }

    /** The sentence up to the end of the clause that holds the figure, short enough for a title. */
    private static String clause(String text, Span sentence, int figureEnd) {
        int stop = sentence.end();
        for (int i = figureEnd; i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                stop = i;
                break;
            }
        }
        String clause = text.substring(sentence.start(), stop).strip().replaceAll("[.!?]$", "");
        return clause.length() <= 200 ? clause : clause.substring(0, 199).replaceAll("\\s+\\S*$", "") + "…";
    }

    private static String category(String sentence) {
        for (String category : List.of("humanitarian", "military", "industrial", "budget")) {
            if (CATEGORIES.get(category).matcher(sentence).find()) {
                return category;
            }
        }
        return "financial";
    }

    private static Span sentenceAt(List<Span> sentences, int offset, String text) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
                .orElse(new Span(Math.max(0, offset), Math.min(text.length(), offset + 1)));
    }
}
