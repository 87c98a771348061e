package eu.newsroom.shared;

/**
 * Who does something, and from which client address (behind a proxy: the forwarded one): the signed-in user of a
 * request, an import's sender, or the newsroom itself for what it loads or runs on its own (no address).
 */
public record ActingUser(String username, String clientAddress) {
}
