package eu.newsroom.portal;

import eu.newsroom.commitment.CommitmentFilter;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: latest briefings, the largest commitments and the active initiatives. */
@Controller
class HomeController {

    private final BriefingCatalogue briefings;
    private final CommitmentCatalogue commitments;
    private final InitiativeCatalogue initiatives;

    HomeController(BriefingCatalogue briefings, CommitmentCatalogue commitments, InitiativeCatalogue initiatives) {
        this.briefings = briefings;
        this.commitments = commitments;
        this.initiatives = initiatives;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        var none = new BriefingCatalogue.Filter(null, null, null, null, null);
        model.addAttribute("latest", briefings.list(none, PageRequest.of(0, 6), locale).items());
        model.addAttribute("commitments", commitments.list(CommitmentFilter.ALL, PageRequest.of(0, 5), locale).items());
        model.addAttribute("initiatives", initiatives.active(locale).stream().limit(8).toList());
        return "home";
    }
}
