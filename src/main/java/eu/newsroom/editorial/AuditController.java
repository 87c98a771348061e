package eu.newsroom.editorial;

import eu.newsroom.web.PageParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for the chief editor (SecurityConfiguration: /admin/**): who did what, when and from where. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, Model model) {
        PageParams.page(page);
        String userFilter = BriefingForm.blankToNull(user);
        String actionFilter = BriefingForm.blankToNull(action);
        // one more than a page tells whether there is a next page without counting the whole log
        var events = audit.latest(userFilter, actionFilter, page * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("events", events.subList(0, Math.min(events.size(), PAGE_SIZE)));
        model.addAttribute("hasNext", events.size() > PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("user", userFilter);
        model.addAttribute("action", actionFilter);
        return "admin/audit";
    }
}
