package eu.newsroom.importer;

/** A line that cannot be stored as it is; the message tells the sender what to fix. */
class InvalidLineException extends RuntimeException {

    InvalidLineException(String message) {
        super(message);
    }
}
