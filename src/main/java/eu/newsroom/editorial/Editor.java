package eu.newsroom.editorial;

/** The signed-in editor behind an editorial action, and the address the request came from (for the audit log). */
public record Editor(String username, String clientAddress) {
}
