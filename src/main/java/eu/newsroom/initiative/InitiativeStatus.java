package eu.newsroom.initiative;

/** Where an initiative stands: from proposal to completion. */
public enum InitiativeStatus {
    PROPOSED, PLANNING, OPERATIONAL, COMPLETED
}
