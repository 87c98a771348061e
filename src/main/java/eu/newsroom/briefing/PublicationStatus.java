package eu.newsroom.briefing;

/** Editorial workflow of a briefing: draft, in review, scheduled, published, withdrawn. */
public enum PublicationStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, WITHDRAWN
}
