package eu.newsroom.ingest;

import eu.newsroom.web.ReaderFacingException;

/** A press text over the size the assistant reads (200 KB): answered 413 with a message from the bundles. */
public class PressTextTooLargeException extends ReaderFacingException {

    PressTextTooLargeException(int limitKb) {
        super("ingest.error.tooLarge", limitKb);
    }
}
