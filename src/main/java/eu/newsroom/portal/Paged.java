package eu.newsroom.portal;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, as pages and the JSON API show it. */
public record Paged<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <E, T> Paged<T> of(Page<E> page, Function<E, T> toView) {
        return new Paged<>(page.getContent().stream().map(toView).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
