package eu.newsroom.alert;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.web.PublicLinks;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.security.Principal;
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
 * (newest first), as their plain-text part with its links, and unsubscribes with one click as a mail program
 * offers it from the List-Unsubscribe header (RFC 8058: a POST of {@code List-Unsubscribe=One-Click}). Links to
 * the newsroom itself are given relative to the site, so they work at whatever address the demo is opened
 * ({@code 127.0.0.1} rather than the configured {@code localhost}, another port): the mail keeps them absolute.
 */
@Controller
@Conditional(DemoMailMode.class)
class DemoMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** One received mail as the page shows it. */
    record Received(String subject, ZonedDateTime sent, String text, List<Link> links, String unsubscribe) {
    }

    /** A link of a mail: the address it shows and the one the page follows. */
    record Link(String shown, String href) {
    }

    private final DemoMailbox mailbox;
    private final PublicLinks site;

    DemoMailboxController(DemoMailbox mailbox, PublicLinks site) {
        this.mailbox = mailbox;
        this.site = site;
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
                List<Link> links = new ArrayList<>();
                Matcher link = LINK.matcher(text);
                while (link.find()) {
                    links.add(new Link(link.group(), onThisSite(link.group())));
                }
                mine.add(0, new Received(mail.getSubject(), mail.getSentDate() == null ? null
                        : mail.getSentDate().toInstant().atZone(BRUSSELS),
                        text, links, oneClickUnsubscribe(mail)));
            }
        }
        model.addAttribute("mails", mine);
        model.addAttribute("address", reader.getName());
        return "alert/mailbox";
    }

    /** An address of the newsroom made relative to the site; any other address as it is. */
    private String onThisSite(String address) {
        String base = site.base();
        return address.startsWith(base + "/") ? address.substring(base.length()) : address;
    }

    /**
     * Where a mail program's one-click unsubscribe POSTs: the List-Unsubscribe address, when the mail also says
     * List-Unsubscribe-Post (RFC 8058) and the address is the newsroom's; otherwise none.
     */
    private String oneClickUnsubscribe(MimeMessage mail) throws MessagingException {
        String[] post = mail.getHeader("List-Unsubscribe-Post");
        String[] address = mail.getHeader("List-Unsubscribe");
        if (post == null || address == null || !"List-Unsubscribe=One-Click".equals(post[0].trim())) {
            return null;
        }
        String url = address[0].trim().replaceAll("^<|>$", "");
        String relative = onThisSite(url);
        return relative.startsWith("/") ? relative : null;
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
