package eu.newsroom.commitment;

/** What kind of support a commitment is. */
public enum CommitmentCategory {
    FINANCIAL, MILITARY, HUMANITARIAN, BUDGET, INDUSTRIAL
}
