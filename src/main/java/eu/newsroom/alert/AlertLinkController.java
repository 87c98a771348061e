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
        model.addAttribute("alert", alert);
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "alert/unsubscribe";
    }

    @PostMapping("/alerts/unsubscribe")
    String unsubscribe(@RequestParam long alert, @RequestParam String token, Model model) {
        if (!alerts.unsubscribe(alert, token)) {
            throw wrongLink();
        }
        model.addAttribute("label", alerts.label(alert).orElse(""));
        model.addAttribute("done", true);
        return "alert/unsubscribe";
    }

    @GetMapping("/alerts/confirm")
    String confirmPage(@RequestParam long account, @RequestParam String token, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "alert/confirm";
    }

    @PostMapping("/alerts/confirm")
    String confirm(@RequestParam long account, @RequestParam String token, Model model) {
        if (!addresses.confirm(account, token)) {
            throw wrongLink();
        }
        model.addAttribute("done", true);
        return "alert/confirm";
    }

    private static NotFoundException wrongLink() {
        return new NotFoundException("alert.error.link");
    }
}
