package eu.newsroom.portal;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a list, as pages and the JSON API show it. */
public record Paged<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <E, T> Paged<T> of(Page<E> page, Function<E, T> toView) {
        return new Paged<>(page.getContent().stream().map(toView).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** One page of a list held whole in memory (initiatives, topics): the same envelope as a database page. */
    static <T> Paged<T> of(List<T> all, Pageable pageable) {
        return of(new PageImpl<>(all.stream().skip(pageable.getOffset()).limit(pageable.getPageSize()).toList(),
                pageable, all.size()), Function.identity());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
