package eu.newsroom.statement;

/** Whether a statement gives the speaker's own words or reports what they said. */
public enum StatementKind {
    QUOTE, PARAPHRASE
}
