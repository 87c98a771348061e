package eu.newsroom.shared;

/**
 * Who does something, and from which client address (behind a proxy: the forwarded one): the signed-in user of a
 * request, an import's sender, or the newsroom itself for what it loads or runs on its own (no address).
 */
public record ActingUser(String username, String clientAddress) {

    /** The name recorded for someone not signed in: a reader, a failed sign-in, an invitee. */
    public static final String ANONYMOUS = "anonymous";

    /** Someone not signed in, from this address. */
    public static ActingUser anonymous(String clientAddress) {
        return new ActingUser(ANONYMOUS, clientAddress);
    }
}
