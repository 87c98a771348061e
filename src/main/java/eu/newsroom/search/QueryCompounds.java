package eu.newsroom.search;

import eu.newsroom.search.internal.DutchCompounds;
import eu.newsroom.search.internal.GermanCompounds;
import java.util.List;

/**
 * The parts of a German or Dutch compound the reader typed (issue 17): the index holds the parts of the texts'
 * compounds ({@code text_de_parts}), so a part typed finds the compound; this is the other direction, a compound
 * typed that the text says in separate words or in another compound with the same parts ("Luftverteidigung" /
 * "Verteidigung der Luft", "Munitionsproduktion" / "Produktion von Munition"). The query's language is not known:
 * the German splitter first (it knows linking elements and exceptions), then the Dutch one.
 */
final class QueryCompounds {

    /** Shorter words are not split: too few letters for two parts of a real compound. */
    static final int MIN_LENGTH = 8;

    private QueryCompounds() {
    }

    /** The parts of {@code word} when it is a compound of at least two parts, else none. */
    static List<String> parts(String word) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> german = GermanCompounds.parts(word);
        if (german.size() > 1) {
            return german;
        }
        List<String> dutch = DutchCompounds.queryParts(word);
        return dutch.size() > 1 ? dutch : List.of();
    }
}
