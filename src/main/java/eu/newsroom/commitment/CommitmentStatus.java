package eu.newsroom.commitment;

/** How far a commitment has got, from proposal to delivery. */
public enum CommitmentStatus {
    PROPOSED, PLEDGED, AGREED, ALLOCATED, DELIVERED
}
