package eu.newsroom.commitment;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Gives an amount in another currency its euro value from the ECB reference rate of the announcement
 * date whenever it is stored without one, whichever code stores it (import, editing, backfill).
 * Hibernate obtains it from Spring, so it can use the rates bean.
 */
class EuroNormalisation {

    private final ReferenceRates rates;

    EuroNormalisation(ReferenceRates rates) {
        this.rates = rates;
    }

    @PrePersist
    @PreUpdate
    void normalise(Object entity) {
        if (entity instanceof Commitment commitment) {
            commitment.applyReferenceRate(rates);
        } else if (entity instanceof CommitmentChange step) {
            step.applyReferenceRate(rates);
        }
    }
}
