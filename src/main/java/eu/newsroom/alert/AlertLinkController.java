package eu.newsroom.alert;

import eu.newsroom.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed links in mails, which work without signing in: one-click unsubscribing (RFC 8058: the mail program
 * POSTs to the List-Unsubscribe address; a reader's GET gets a page whose button POSTs, so a link scanner that
 * opens links unsubscribes nobody) and confirming the alert address. The signature is the credential, so these
 * POSTs carry no CSRF token (SecurityConfiguration lets /alerts/** through).
 */
@Controller
class AlertLinkController {

    private final Alerts alerts;
    private final AlertAddresses addresses;

    AlertLinkController(Alerts alerts, AlertAddresses addresses) {
        this.alerts = alerts;
        this.addresses = addresses;
    }

    @GetMapping("/alerts/unsubscribe")
    String unsubscribePage(@RequestParam long alert, @RequestParam String token, Model model) {
        model.addAttribute("label", alerts.label(alert).orElseThrow(AlertLinkController::wrongLink));
        return button("alert/unsubscribe", "alert", alert, token, model);
    }

    @PostMapping("/alerts/unsubscribe")
    String unsubscribe(@RequestParam long alert, @RequestParam String token, Model model) {
        boolean done = alerts.unsubscribe(alert, token);
        model.addAttribute("label", alerts.label(alert).orElse(""));
        return done("alert/unsubscribe", done, model);
    }

    @GetMapping("/alerts/confirm")
    String confirmPage(@RequestParam long account, @RequestParam String token, Model model) {
        return button("alert/confirm", "account", account, token, model);
    }

    @PostMapping("/alerts/confirm")
    String confirm(@RequestParam long account, @RequestParam String token, Model model) {
        return done("alert/confirm", addresses.confirm(account, token), model);
    }

    /** A signed link opened (GET): its page, whose button sends the link's values back (POST). Nothing done yet. */
    private static String button(String view, String name, long id, String token, Model model) {
        model.addAttribute(name, id);
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return view;
    }

    /** The button pressed: the page saying it is done, or a wrong link when the signature did not fit. */
    private static String done(String view, boolean done, Model model) {
        if (!done) {
            throw wrongLink();
        }
        model.addAttribute("done", true);
        return view;
    }

    private static NotFoundException wrongLink() {
        return new NotFoundException("alert.error.link");
    }
}
