package eu.newsroom.commitment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps stored data consistent with the rate table: commitments (and history steps) in another currency
 * stored before it existed, or before it covered their date, get their ECB euro value — at start, and after
 * a chief editor uploaded rates (ReferenceRateUploads). Does nothing once every such amount has a value or no
 * rate applies.
 */
@Component
@Order(5)
class ReferenceRateBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceRateBackfill.class);

    private final CommitmentRepository commitments;
    private final ReferenceRates rates;

    ReferenceRateBackfill(CommitmentRepository commitments, ReferenceRates rates) {
        this.commitments = commitments;
        this.rates = rates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        valueMissing();
    }

    /** Values what the table now covers; how many commitments got a euro value (theirs or a step's). */
    @Transactional
    public int valueMissing() {
        int valued = 0;
        for (Commitment commitment : commitments.findForeignWithoutEuroValue()) {
            int missingBefore = commitment.amountsWithoutEuroValue();
            commitment.applyReferenceRate(rates);
            commitment.getHistory().forEach(step -> step.applyReferenceRate(rates));
            if (commitment.amountsWithoutEuroValue() < missingBefore) {
                valued++;
            }
        }
        if (valued > 0) {
            log.info("Looked up ECB reference rates for {} commitment(s) stored without a euro value", valued);
        }
        return valued;
    }
}
