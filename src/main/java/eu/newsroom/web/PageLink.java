package eu.newsroom.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Links to other pages of the current list, keeping its filters: {@code pageLink.to(2)}. */
public record PageLink(String path, String query) {

    public String to(int page) {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", page).build().toUriString();
    }
}
