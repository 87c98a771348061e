package eu.newsroom.watch;

import eu.newsroom.shared.CommittedChanges;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Component;

/** Empties the kept lists of saved searches whenever a change is committed: a count may have changed with it. */
@Component
class SavedSearchListingsOnChange extends CommittedChanges {

    private final SavedSearchListings listings;

    SavedSearchListingsOnChange(SavedSearchListings listings, EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
        this.listings = listings;
    }

    @Override
    protected void committed(Object entity) {
        listings.clear();
    }
}
