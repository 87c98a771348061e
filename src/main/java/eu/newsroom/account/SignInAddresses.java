package eu.newsroom.account;

/**
 * The client addresses each account has signed in from (on the form or with HTTP Basic): from those, the owner is
 * admitted however many failures others caused for the account elsewhere.
 */
interface SignInAddresses {

    /** Whether this account signed in successfully from this address within the time they are remembered. */
    boolean known(String username, String address);

    void signedIn(String username, String address);
}
