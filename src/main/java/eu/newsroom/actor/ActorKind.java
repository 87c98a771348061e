package eu.newsroom.actor;

/** What an actor is: a person who speaks, an institution that acts, or a state. */
public enum ActorKind {
    PERSON, INSTITUTION, STATE
}
