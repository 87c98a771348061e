package eu.newsroom.commitment;

import eu.newsroom.web.ReaderFacingException;

/**
 * Why a reference-rate file was refused, as a message key of the bundles and its arguments (the line first,
 * where there is one), so the chief editor reads it in their language. Nothing of a refused file is stored.
 */
public class RateFileProblem extends ReaderFacingException {

    RateFileProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
