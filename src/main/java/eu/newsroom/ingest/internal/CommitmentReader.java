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
    private static final List<Map.Entry<String, Pattern>> STATUSES = List.of(
            Map.entry("delivered", Pattern.compile("(?iu)bereitgestellt|geliefert|ausgezahlt|provided|delivered|disbursed"
                    + "|fourni|versé|livré|entregad|proporcionad|desembolsad|fornit|erogat|consegnat|przekazał|dostarczył"
                    + "|wypłacił|geleverd|verstrekt|uitbetaald")),
            Map.entry("allocated", Pattern.compile("(?iu)zugewiesen|eingeplant|allocated|earmarked|alloué"
                    + "|affecté|asignad|stanziat|przeznaczon|toegewezen|uitgetrokken|trekt")),
            Map.entry("agreed", Pattern.compile("(?iu)vereinbart|beschlossen|verabschiedet|agreed|adopted|approved"
                    + "|convenu|adopté|approuvé|acordad|aprobad|approvat|concordat|uzgodnion|przyjęt|zatwierdz"
                    + "|overeengekomen|goedgekeurd|aangenomen")),
            Map.entry("proposed", Pattern.compile("(?iu)vorgeschlagen|vorschlag|proposed|proposal|proposé|proposition"
                    + "|propuest|propost|zaproponow|propozycj|voorgesteld|voorstel|könnte|could|pourrait|podría|potrebbe")),
            Map.entry("pledged", Pattern.compile("(?iu)zugesagt|versprochen|pledged|promised|committed|promis|engagé"
                    + "|comprometid|prometid|promess|impegnat|zobowiąz|obiecał|toegezegd|beloofd")));

    private CommitmentReader() {
    }

    public static List<CommitmentProposal> read(String text, List<Span> sentences, List<Amount> amounts,
            String lang, ActorMentions actors) {
        List<CommitmentProposal> commitments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Span> withAmount = new HashSet<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            Amount high = "range-low".equals(amount.qualifier()) && i + 1 < amounts.size() ? amounts.get(++i) : null;
            int end = high != null ? high.end() : amount.end();
            Span sentence = sentenceAt(sentences, amount.start(), text);
            withAmount.add(sentence);
            String key = amount.amount().toPlainString() + amount.currency() + amount.qualifier();
            if (PER_UNIT.matcher(text.substring(end)).lookingAt() || !seen.add(key)) {
                continue;
            }
            commitments.add(proposal(text, sentence, amount, high, amount.start(), end, lang, actors));
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
        String status = amount == null ? "proposed" : status(words);
        // a "Finanzpaket" is financial whatever else its sentence mentions
        String category = amount == null && title.toLowerCase().matches("(?s).*(?:finan|financ).*") ? "financial"
                : category(words);
        return new CommitmentProposal(title, amount, high, donor, recipient, category, status, start, end);
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

    /**
     * Future or obligation ("will", "is to be", "soll … werden", "sera", "se prevé", "sarà", "zal", "ma być"):
     * the money is pledged, not delivered, whatever participle follows.
     */
    private static final Pattern FUTURE = Pattern.compile("(?iu)(?<![\\p{L}])(?:will|shall|is to be|are to be|to be provided"
            + "|soll|sollen|wird|werden|werde|sera|seront|va|vont|se prevé|prevé|destinará|aportará|sarà|saranno"
            + "|stanzierà|fornirà|zal|zullen|gaat|ma być|mają być|zostanie|zostaną|przeznaczy|przekaże)(?![\\p{L}])");
    private static final Pattern PROPOSAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:could|would|könnte|pourrait"
            + "|podría|potrebbe|zou|mógłby|proposed|proposal|vorgeschlagen|vorschlag|propose|propuesta|proposta"
            + "|voorstel|voorgesteld|zaproponował\\p{L}*)(?![\\p{L}])");

    private static String status(String sentence) {
        if (PROPOSAL.matcher(sentence).find()) {
            return "proposed";
        }
        boolean future = FUTURE.matcher(sentence).find();
        for (var status : STATUSES) {
            if (future && status.getKey().equals("delivered")) {
                continue;
            }
            if (status.getValue().matcher(sentence).find()) {
                return status.getKey();
            }
        }
        return "pledged";
    }

    private static Span sentenceAt(List<Span> sentences, int offset, String text) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
                .orElse(new Span(Math.max(0, offset), Math.min(text.length(), offset + 1)));
    }
}
