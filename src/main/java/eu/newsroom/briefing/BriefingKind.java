package eu.newsroom.briefing;

/** The sort of press item a briefing is. */
public enum BriefingKind {
    PRESS_RELEASE, REMARKS, STATEMENT, BACKGROUND, SUMMARY
}
