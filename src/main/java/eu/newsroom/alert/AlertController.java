package eu.newsroom.alert;

import eu.newsroom.search.PublicSearch;
import java.security.Principal;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in reader's alerts under /me/alerts: the list, following from a page ("Follow" beside its feed),
 * following a search from the search page, how often each mails, and the address's confirmation. Security lets
 * only signed-in readers in; every change is a POST with a CSRF token.
 */
@Controller
class AlertController {

    private static final String LIST = "redirect:/me/alerts";

    private final Alerts alerts;
    private final AlertAddresses addresses;
    private final AlertOutbox outbox;

    AlertController(Alerts alerts, AlertAddresses addresses, AlertOutbox outbox) {
        this.alerts = alerts;
        this.addresses = addresses;
        this.outbox = outbox;
    }

    /** The next mail of an alert, from what already waits for it (a digest's items of the day so far). */
    @GetMapping("/me/alerts/{id}/preview")
    String preview(Principal reader, @PathVariable long id, Model model) {
        return asOwner(reader, owner -> {
            model.addAttribute("label", alerts.ownedLabel(owner, id));
            model.addAttribute("preview", outbox.preview(id).orElse(null));
            return "me/alert-preview";
        });
    }

    @GetMapping("/me/alerts")
    String list(Principal reader, Model model) {
        return asOwner(reader, owner -> {
            model.addAttribute("alerts", alerts.list(owner));
            model.addAttribute("address", addresses.of(owner).orElse(null));
            model.addAttribute("hours", java.util.stream.IntStream.range(0, 24).boxed().toList());
            return "me/alerts";
        });
    }

    /** The page's "Follow" link lands here: a GET shows what would be followed, the button follows it. */
    @GetMapping("/me/alerts/follow")
    String confirmFollow(Principal reader, @RequestParam String kind, @RequestParam String slug, Model model,
            Locale locale) {
        return asOwner(reader, owner -> {
            model.addAttribute("target", alerts.target(kind, slug, locale));
            model.addAttribute("kind", kind);
            model.addAttribute("slug", slug);
            return "me/alert-follow";
        });
    }

    @PostMapping("/me/alerts/follow")
    String follow(Principal reader, @RequestParam String kind, @RequestParam String slug, Locale locale,
            RedirectAttributes flash) {
        return asOwner(reader, owner -> {
            alerts.follow(owner, alerts.target(kind, slug, locale), locale);
            return followed(owner, locale, flash);
        });
    }

    /** Follows the search the reader is looking at (the form on the search page sends its query and filters). */
    @PostMapping("/me/alerts/search")
    String followSearch(Principal reader, PublicSearch.Query query, Locale locale, RedirectAttributes flash) {
        return asOwner(reader, owner -> {
            alerts.followSearch(owner, query, locale);
            return followed(owner, locale, flash);
        });
    }

    @PostMapping("/me/alerts/{id}")
    String schedule(Principal reader, @PathVariable long id, @RequestParam Alert.Cadence cadence,
            @RequestParam(defaultValue = "8") int hour, RedirectAttributes flash) {
        return asOwner(reader, owner -> back(flash, "alert.changed", () -> alerts.schedule(owner, id, cadence, hour)));
    }

    @PostMapping("/me/alerts/{id}/resume")
    String resume(Principal reader, @PathVariable long id, RedirectAttributes flash) {
        return asOwner(reader, owner -> back(flash, "alert.resumed", () -> alerts.resume(owner, id)));
    }

    @PostMapping("/me/alerts/{id}/delete")
    String delete(Principal reader, @PathVariable long id, RedirectAttributes flash) {
        return asOwner(reader, owner -> back(flash, "alert.deleted", () -> alerts.delete(owner, id)));
    }

    @PostMapping("/me/alerts/address")
    String confirmAgain(Principal reader, Locale locale, RedirectAttributes flash) {
        return asOwner(reader, owner -> {
            flash.addFlashAttribute("notice", "alert.address." + addresses.requestConfirmation(owner, locale));
            return LIST;
        });
    }

    /** After following: asks to confirm the address when that is still to do, and says what happened. */
    private String followed(String owner, Locale locale, RedirectAttributes flash) {
        var confirmation = addresses.requestConfirmation(owner, locale);
        flash.addFlashAttribute("notice", confirmation == AlertAddresses.Confirmation.ALREADY_CONFIRMED
                ? "alert.followed" : "alert.address." + confirmation);
        return LIST;
    }

    private static String asOwner(Principal reader, Function<String, String> action) {
        return reader == null ? "redirect:/login" : action.apply(reader.getName());
    }

    private static String back(RedirectAttributes flash, String noticeKey, Runnable change) {
        change.run();
        flash.addFlashAttribute("notice", noticeKey);
        return LIST;
    }
}
