package eu.newsroom.watch;

import eu.newsroom.search.PublicSearch;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A search as a row keeps it: the query and the search page's filters (language, type, dates), in the columns
 * {@code query, lang, item_type, date_from, date_to}. Saved searches and alerts that follow a search embed it, so
 * both keep and rebuild a search the same way. A row without a search (an alert following an actor) has all five
 * columns empty, which Hibernate reads back as no search at all.
 */
@Embeddable
public class StoredSearch {

    @Column(name = "query")
    private String query;

    @Column(name = "lang")
    private String lang;

    @Column(name = "item_type")
    private String itemType;

    @Column(name = "date_from")
    private LocalDate dateFrom;

    @Column(name = "date_to")
    private LocalDate dateTo;

    protected StoredSearch() {
    }

    /** Keeps a search; no query is kept as an empty one (the columns allow no null query for a search). */
    public static StoredSearch of(PublicSearch.Query search) {
        StoredSearch stored = new StoredSearch();
        stored.query = search.q() == null ? "" : search.q();
        stored.lang = search.lang();
        stored.itemType = search.type();
        stored.dateFrom = search.from();
        stored.dateTo = search.to();
        return stored;
    }

    /** The search again, as the search page and {@link PublicSearch} take it. */
    public PublicSearch.Query search() {
        return new PublicSearch.Query(query, lang, itemType, dateFrom, dateTo);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredSearch s && Objects.equals(query, s.query) && Objects.equals(lang, s.lang)
                && Objects.equals(itemType, s.itemType) && Objects.equals(dateFrom, s.dateFrom)
                && Objects.equals(dateTo, s.dateTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, lang, itemType, dateFrom, dateTo);
    }
}
