package eu.newsroom.alert;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo mailbox page, only in the demo mode: a signed-in demo user reads the mails the newsroom sent them
 * (newest first), as their plain-text part with its links.
 */
@Controller
@Conditional(DemoMailMode.class)
class DemoMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** One received mail as the page shows it. */
    record Received(String subject, ZonedDateTime sent, String text, List<String> links) {
    }

    private final DemoMailbox mailbox;

    DemoMailboxController(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(Principal reader, Model model) throws MessagingException, IOException {
        if (reader == null) {
            return "redirect:/login";
        }
        List<Received> mine = new ArrayList<>();
        for (MimeMessage mail : mailbox.received()) {
            Address[] to = mail.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(reader.getName()))) {
                String text = textPart(mail);
                List<String> links = new ArrayList<>();
                Matcher link = LINK.matcher(text);
                while (link.find()) {
                    links.add(link.group());
                }
                mine.add(0, new Received(mail.getSubject(), mail.getSentDate() == null ? null
                        : mail.getSentDate().toInstant().atZone(BRUSSELS),
                        text, links));
            }
        }
        model.addAttribute("mails", mine);
        model.addAttribute("address", reader.getName());
        return "alert/mailbox";
    }

    /** The plain-text part of a mail (the first text/plain part found). */
    static String textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = textPart(body);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
