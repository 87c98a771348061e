package eu.newsroom.ingest;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.ReaderFacingException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import assistant for editors: paste a press text, review the proposals beside the highlighted
 * text, accept, edit or drop each, and save them as a draft briefing.
 */
@Controller
@RequestMapping("/editorial/assistant")
class AssistantController {

    private final PressTextReader reader;
    private final DraftSaving saving;
    private final AssistantChoices choices;
    private final MessageSource messages;
    private final RoleHierarchy roles;

    AssistantController(PressTextReader reader, DraftSaving saving, AssistantChoices choices, MessageSource messages,
            RoleHierarchy roles) {
        this.reader = reader;
        this.saving = saving;
        this.choices = choices;
        this.messages = messages;
        this.roles = roles;
    }

    /** Editors only, checked here as well as in the security configuration, for every page of the assistant. */
    @ModelAttribute
    void editorsOnly() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean editor = who != null && who.isAuthenticated() && roles.getReachableGrantedAuthorities(who.getAuthorities())
                .stream().anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority()));
        if (!editor) {
            throw new AccessDeniedException("The import assistant is for editors");
        }
    }

    @GetMapping
    String paste() {
        return "ingest/paste";
    }

    @PostMapping
    String read(@RequestParam(required = false) String text, @RequestParam(required = false) String lang, Model model,
            HttpServletResponse response, Locale locale) {
        try {
            ReviewPage page = ReviewPage.of(reader.read(text, lang));
            model.addAttribute("page", page);
            model.addAttribute("form", page.form());
            choices.addTo(model, locale);
            return "ingest/review";
        } catch (ReaderFacingException e) {
            return pasteAgain(e, text, lang, model, response, locale);
        }
    }

    @PostMapping("/draft")
    String save(@ModelAttribute("form") DraftForm form, BindingResult binding, Model model, ActingUser editor,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            if (binding.hasErrors()) {
                throw new BadRequestException("ingest.error.fields");
            }
            String slug = saving.save(form, editor);
            redirect.addAttribute("slug", slug);
            return "redirect:/editorial/assistant/saved";
        } catch (ReaderFacingException e) {
            Extraction extraction;
            try {
                extraction = reader.read(form.getText(), form.getLang());
            } catch (ReaderFacingException unreadable) {
                return pasteAgain(unreadable, form.getText(), form.getLang(), model, response, locale);
            }
            model.addAttribute("page", ReviewPage.of(extraction, form));
            model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
            choices.addTo(model, locale);
            response.setStatus(400);
            return "ingest/review";
        }
    }

    @GetMapping("/saved")
    String saved(@RequestParam String slug, Model model) {
        if (!eu.newsroom.shared.Slugs.isValid(slug)) {
            throw new BadRequestException("error.param.slug", "slug");
        }
        model.addAttribute("slug", slug);
        return "ingest/saved";
    }

    private String pasteAgain(ReaderFacingException e, String text, String lang, Model model,
            HttpServletResponse response, Locale locale) {
        boolean tooLarge = e instanceof PressTextTooLargeException;
        response.setStatus(tooLarge ? 413 : 400);
        model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
        // an oversized text is not sent back into the page
        model.addAttribute("text", tooLarge ? "" : text);
        model.addAttribute("lang", lang);
        return "ingest/paste";
    }
}
