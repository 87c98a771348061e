package eu.newsroom.alert;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.web.PublicLinks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes alert and confirmation mails: an HTML and a plain-text part from the Thymeleaf templates under
 * templates/alert/mail/, in the alert's language, every link absolute from the configured public address, and
 * one-click unsubscribing (RFC 8058: List-Unsubscribe with the signed link, List-Unsubscribe-Post).
 */
@Component
class AlertMails {

    /**
     * One item in a mail, ready to show: {@code correctionMark} when it comes again corrected, {@code why} when the
     * reason at the top does not say all (a commitment's follower: the item changes it, or reports it); {@code alsoIn}
     * the item's other language versions (one entry for them all).
     */
    record Item(String type, LocalDate date, String title, String snippet, String url, String embargoMark,
            String correctionMark, String why, List<Link> alsoIn) {
    }

    /** A link to another language version of an item: the language's name in the mail's language, and where. */
    record Link(String language, String url) {
    }

    /** What an alert mail says: why these items came, the items, and where to change or stop the alert. */
    record Contents(String reason, List<Item> items, String manageUrl, String unsubscribeUrl, boolean digest) {
    }

    private final SpringTemplateEngine templates;
    private final MessageSource messages;
    private final PublicLinks links;
    private final AlertTokens tokens;
    private final AlertProperties properties;

    AlertMails(MessageSource messages, PublicLinks links, AlertTokens tokens, AlertProperties properties) {
        this.messages = messages;
        this.links = links;
        this.tokens = tokens;
        this.properties = properties;
        this.templates = new SpringTemplateEngine();
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        templates.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/alert/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    /** The signed one-click address of an alert: POST unsubscribes (RFC 8058), GET shows a button that does. */
    String unsubscribeUrl(long alertId) {
        return links.absolute(UriComponentsBuilder.fromPath("/alerts/unsubscribe").queryParam("alert", alertId)
                .queryParam("token", tokens.unsubscribe(alertId)).build().toUriString());
    }

    String confirmUrl(long accountId, String email) {
        return links.absolute(UriComponentsBuilder.fromPath("/alerts/confirm").queryParam("account", accountId)
                .queryParam("token", tokens.confirm(accountId, email)).build().toUriString());
    }

    String briefingUrl(String slug) {
        return links.briefing(slug);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String manageUrl() {
        return links.absolute("/me/alerts");
    }

    String embargoMark(Instant until, Locale locale) {
        if (until == null) {
            return null;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.getMessage("datetime.pattern", null, locale), locale);
        return messages.getMessage("embargo.mark", new Object[] {format.format(until.atZone(BRUSSELS))}, locale);
    }

    /** "Corrected on … (Brussels time)": an item mailed again because what it says was corrected. */
    String correctionMark(Instant correctedAt, Locale locale) {
        if (correctedAt == null) {
            return null;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.getMessage("datetime.pattern", null, locale), locale);
        return messages.getMessage("alert.mail.corrected", new Object[] {format.format(correctedAt.atZone(BRUSSELS))},
                locale);
    }

    /** A commitment's status and amount at one step of its history. */
    record CommitmentState(String status, java.math.BigDecimal amount, String currency) {

        boolean sameAs(CommitmentState other) {
            return other != null && status.equals(other.status) && java.util.Objects.equals(currency, other.currency)
                    && (amount == null ? other.amount == null : other.amount != null && amount.compareTo(other.amount) == 0);
        }
    }

    /**
     * What an item changes in a followed commitment: its status and amount as the item reports them, and what they
     * were before when that differs (a change at the desk or by a re-import says what changed).
     */
    String commitmentChange(CommitmentState now, CommitmentState before, Locale locale) {
        if (before == null || now.sameAs(before)) {
            return messages.getMessage("alert.why.commitmentChanged", new Object[] {state(now, locale)}, locale);
        }
        return messages.getMessage("alert.why.commitmentChangedFrom",
                new Object[] {state(now, locale), state(before, locale)}, locale);
    }

    private String state(CommitmentState state, Locale locale) {
        String text = messages.getMessage("cstatus." + state.status().toLowerCase(Locale.ROOT), null, state.status(),
                locale);
        if (state.amount() != null) {
            java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
            number.setMaximumFractionDigits(2);
            text = text + ", " + (state.currency() == null ? "" : state.currency() + " ") + number.format(state.amount());
        }
        return text;
    }

    /** Fills {@code mail} with one alert's items. */
    void writeAlert(MimeMessage mail, String to, Contents contents, String label, Locale locale) throws MessagingException {
        Context context = new Context(locale);
        context.setVariable("mail", contents);
        context.setVariable("label", label);
        boolean corrections = contents.items().stream().allMatch(item -> item.correctionMark() != null);
        String subject = messages.getMessage(contents.digest() ? "alert.mail.subjectDigest"
                        : corrections ? "alert.mail.subjectCorrected" : "alert.mail.subject",
                new Object[] {label, contents.items().size(), contents.items().get(0).title()}, locale);
        write(mail, to, subject, context, "alert");
        mail.setHeader("List-Unsubscribe", "<" + contents.unsubscribeUrl() + ">");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    /** An alert mail's plain-text part alone: the preview on the alert's page. */
    String text(Contents contents, String label, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("mail", contents);
        context.setVariable("label", label);
        return templates.process("alert.txt", context);
    }

    /** Fills {@code mail} with the request to confirm an address (double opt-in). */
    void writeConfirmation(MimeMessage mail, String to, String confirmUrl, Locale locale) throws MessagingException {
        Context context = new Context(locale);
        context.setVariable("confirmUrl", confirmUrl);
        context.setVariable("manageUrl", manageUrl());
        write(mail, to, messages.getMessage("alert.confirm.subject", null, locale), context, "confirm");
    }

    private void write(MimeMessage mail, String to, String subject, Context context, String template)
            throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(templates.process(template + ".txt", context), templates.process(template + ".html", context));
        // an automatic mail: no out-of-office answers to it (RFC 3834)
        mail.setHeader("Auto-Submitted", "auto-generated");
    }
}
