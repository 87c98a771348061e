package eu.newsroom.commitment;

/** Where a commitment's euro value comes from: its source (a value or rate given), or the ECB reference rate. */
public enum RateSource {
    GIVEN, ECB
}
