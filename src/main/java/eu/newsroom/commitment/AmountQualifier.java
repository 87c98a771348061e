package eu.newsroom.commitment;

/** How an amount was stated: exactly, "over", "about", "up to", or as a range. */
public enum AmountQualifier {
    EXACT, OVER, ABOUT, UP_TO, RANGE
}
