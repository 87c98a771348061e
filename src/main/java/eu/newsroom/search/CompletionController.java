package eu.newsroom.search;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Suggestions while typing: an HTML fragment that the search page fetches with htmx as the reader
 * types, and the same list as JSON for API clients. Without JavaScript the search form works as before.
 */
@Controller
class CompletionController {

    private static final int MAX_TYPED = 100;
    private static final int LIMIT = 8;

    private final Completions completions;

    CompletionController(Completions completions) {
        this.completions = completions;
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.TEXT_HTML_VALUE)
    String fragment(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("completions", complete(q));
        return "search/suggestions :: list";
    }

    @GetMapping(value = "/api/v1/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Completions.Completion> json(@RequestParam(required = false) String q) {
        return complete(q);
    }

    private List<Completions.Completion> complete(String typed) {
        // a pasted paragraph is not something to complete
        return typed == null || typed.length() > MAX_TYPED ? List.of() : completions.complete(typed, LIMIT);
    }
}
