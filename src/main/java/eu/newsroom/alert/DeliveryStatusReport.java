package eu.newsroom.alert;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a delivery status notification (RFC 3464): a {@code multipart/report; report-type=delivery-status} whose
 * {@code message/delivery-status} part holds a block of fields about the message, then one block per recipient.
 * The blocks are header fields, so Jakarta Mail's {@link InternetHeaders} reads them, each up to its blank line.
 */
final class DeliveryStatusReport {

    /** A recipient the report says the mail failed to reach for good: a status 5.x.x (RFC 3463). */
    record PermanentFailure(String address, String status, String diagnostic) {

        /** What the alert's page shows as the server's answer. */
        String detail() {
            return diagnostic == null ? status : status + " " + diagnostic;
        }
    }

    private DeliveryStatusReport() {
    }

    /** The permanent failures a message reports; none for a message that is no delivery status notification. */
    static List<PermanentFailure> permanentFailures(Part message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")
                || !"delivery-status".equalsIgnoreCase(new ContentType(message.getContentType()).getParameter("report-type"))
                || !(message.getContent() instanceof Multipart report)) {
            return List.of();
        }
        List<PermanentFailure> failures = new ArrayList<>();
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                try (InputStream fields = part.getInputStream()) {
                    new InternetHeaders(fields); // the fields of the message, reporting MTA and the like
                    for (InternetHeaders recipient = new InternetHeaders(fields); recipient.getAllHeaders().hasMoreElements();
                            recipient = new InternetHeaders(fields)) {
                        failure(recipient).ifPresent(failures::add);
                    }
                }
            }
        }
        return failures;
    }

    /** A recipient's block: its final (else original) recipient, failed with a status of class 5. */
    private static java.util.Optional<PermanentFailure> failure(InternetHeaders recipient) {
        String action = recipient.getHeader("Action", null);
        String status = recipient.getHeader("Status", null);
        String address = address(recipient.getHeader("Final-Recipient", null));
        if (address == null) {
            address = address(recipient.getHeader("Original-Recipient", null));
        }
        if (address == null || status == null || !status.strip().startsWith("5.")
                || action != null && !action.strip().equalsIgnoreCase("failed")) {
            return java.util.Optional.empty();
        }
        String diagnostic = recipient.getHeader("Diagnostic-Code", null);
        return java.util.Optional.of(new PermanentFailure(address, status.strip(),
                diagnostic == null ? null : diagnostic.replaceAll("\\s+", " ").strip()));
    }

    /** "rfc822; reader@example.org" gives the address; another address type gives none. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        if (semicolon < 0 || !field.substring(0, semicolon).strip().equalsIgnoreCase("rfc822")) {
            return null;
        }
        String address = field.substring(semicolon + 1).strip();
        return address.isEmpty() ? null : address.toLowerCase(Locale.ROOT);
    }
}
