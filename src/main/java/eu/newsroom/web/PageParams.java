package eu.newsroom.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Paging parameters checked in one place for every list (pages, API, desk, audit log): a page from 0 to
 * {@value #MAX_PAGE} and a size from 1 to {@value #MAX_SIZE}, else a 400 that says so in the reader's language.
 */
public final class PageParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    private PageParams() {
    }

    /** The page and size asked for (either may be absent: the first page, {@value #DEFAULT_SIZE} items). */
    public static Pageable of(Integer page, Integer size) {
        int p = page(page == null ? 0 : page);
        int s = size == null ? DEFAULT_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("error.param.size", MAX_SIZE);
        }
        return PageRequest.of(p, s);
    }

    /** A page number asked for where the list's size is fixed (the desk, the audit log). */
    public static int page(int page) {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadRequestException("error.param.page", MAX_PAGE);
        }
        return page;
    }
}
