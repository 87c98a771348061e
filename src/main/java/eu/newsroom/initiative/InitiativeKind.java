package eu.newsroom.initiative;

/** What sort of named undertaking an initiative is. */
public enum InitiativeKind {
    PROJECT, ROADMAP, PACKAGE, MISSION, COALITION, AGREEMENT, INSTRUMENT
}
