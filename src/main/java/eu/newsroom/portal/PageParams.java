package eu.newsroom.portal;

import eu.newsroom.web.BadRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Validated paging parameters: a page from 0 and a size from 1 to 100, else a clear 400. */
final class PageParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private PageParams() {
    }

    static Pageable of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new BadRequestException("error.param.page", MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("error.param.size", MAX_SIZE);
        }
        return PageRequest.of(p, s);
    }
}
