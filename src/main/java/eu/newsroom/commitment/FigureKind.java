package eu.newsroom.commitment;

/**
 * What a commitment's amount measures, which decides how it may be totalled: new money adds up;
 * a cumulative figure is a running total as of a date (its period's end, else its announcement)
 * and is never added to another; a ceiling ("up to") is what may be mobilised or lent, shown
 * beside the money pledged or delivered, never inside it.
 */
public enum FigureKind {
    NEW, CUMULATIVE, CEILING
}
