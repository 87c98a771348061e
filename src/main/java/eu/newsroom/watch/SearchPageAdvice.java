package eu.newsroom.watch;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the search page whether to offer "Save this search": only to a signed-in reader. */
@ControllerAdvice(basePackages = "eu.newsroom.search")
class SearchPageAdvice {

    @ModelAttribute("canSaveSearch")
    boolean canSaveSearch(Principal reader) {
        return reader != null;
    }
}
