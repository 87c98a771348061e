package eu.newsroom.watch;

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
 * The signed-in reader's saved searches under /me/searches. Security lets only signed-in users in; the
 * owner is always the signed-in user (no id in a URL gives access to someone else's search), and every
 * change is a POST with a CSRF token.
 */
@Controller
class SavedSearchController {

    private static final String SIGN_IN = "/login";

    private final SavedSearches saved;
    private final SavedSearchListings listings;

    SavedSearchController(SavedSearches saved, SavedSearchListings listings) {
        this.saved = saved;
        this.listings = listings;
    }

    @GetMapping("/me/searches")
    String list(Principal reader, Model model, Locale locale) {
        return asOwner(reader, owner -> {
            model.addAttribute("searches", listings.of(owner, locale));
            model.addAttribute("maxSearches", SavedSearches.MAX_PER_READER);
            model.addAttribute("newest", SavedSearches.NEWEST);
            return "me/searches";
        });
    }

    /** Saves the search the reader is looking at (the form on the search page sends its query and filters). */
    @PostMapping("/me/searches")
    String save(Principal reader, PublicSearch.Query query, @RequestParam(required = false) String name,
            RedirectAttributes flash) {
        return asOwner(reader, owner -> back(flash, "watch.saved", () -> saved.save(owner, query, name)));
    }

    /** Opens the results; from now on "new" counts what became public after this moment. */
    @PostMapping("/me/searches/{id}/open")
    String open(Principal reader, @PathVariable long id) {
        return asOwner(reader, owner -> "redirect:" + saved.open(owner, id));
    }

    @PostMapping("/me/searches/{id}/delete")
    String delete(Principal reader, @PathVariable long id, RedirectAttributes flash) {
        return asOwner(reader, owner -> back(flash, "watch.deleted", () -> saved.delete(owner, id)));
    }

    @PostMapping("/me/searches/{id}/feed-token")
    String rotateFeedToken(Principal reader, @PathVariable long id, RedirectAttributes flash) {
        return asOwner(reader, owner -> back(flash, "watch.rotated", () -> saved.rotateFeedToken(owner, id)));
    }

    /** Only a signed-in reader acts, and only on their own searches (security already requires sign-in here). */
    private static String asOwner(Principal reader, Function<String, String> action) {
        return reader == null ? "redirect:" + SIGN_IN : action.apply(reader.getName());
    }

    /** Does the change, then back to the list with a notice of what was done. */
    private static String back(RedirectAttributes flash, String noticeKey, Runnable change) {
        change.run();
        flash.addFlashAttribute("notice", noticeKey);
        return "redirect:/me/searches";
    }
}
