package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.commitment.AmountQualifier;
import eu.newsroom.commitment.CommitmentCategory;
import eu.newsroom.commitment.CommitmentStatus;
import eu.newsroom.commitment.FigureKind;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adding, updating and removing the commitments a briefing reports, at the editorial desk. */
@Controller
class CommitmentDeskController {

    private static final String BACK = "redirect:/editorial/briefings/%d#commitments-heading";

    private final CommitmentEditor editor;
    private final EditorialDesk desk;
    private final FormChoices choices;

    CommitmentDeskController(CommitmentEditor editor, EditorialDesk desk, FormChoices choices) {
        this.editor = editor;
        this.desk = desk;
        this.choices = choices;
    }

    @GetMapping("/editorial/briefings/{id}/commitments/new")
    String newCommitment(@PathVariable long id, Model model, Locale locale) {
        return form(model, editor.blank(id), id, null, locale);
    }

    @PostMapping("/editorial/briefings/{id}/commitments")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") CommitmentForm form, BindingResult errors,
            Model model, ActingUser user, HttpServletResponse response, Locale locale) {
        return save(id, null, form, errors, model, user, response, locale);
    }

    @GetMapping("/editorial/briefings/{id}/commitments/{commitmentId}/edit")
    String edit(@PathVariable long id, @PathVariable long commitmentId, Model model, Locale locale) {
        return form(model, editor.form(id, commitmentId), id, commitmentId, locale);
    }

    @PostMapping("/editorial/briefings/{id}/commitments/{commitmentId}")
    String update(@PathVariable long id, @PathVariable long commitmentId,
            @Valid @ModelAttribute("form") CommitmentForm form, BindingResult errors, Model model, ActingUser user,
            HttpServletResponse response, Locale locale) {
        return save(id, commitmentId, form, errors, model, user, response, locale);
    }

    @PostMapping("/editorial/briefings/{id}/commitments/{commitmentId}/remove")
    String remove(@PathVariable long id, @PathVariable long commitmentId, @RequestParam long version,
            ActingUser user) {
        editor.remove(id, commitmentId, version, user);
        return BACK.formatted(id);
    }

    private String save(long id, Long commitmentId, CommitmentForm form, BindingResult errors, Model model,
            ActingUser user, HttpServletResponse response, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                if (commitmentId == null) {
                    editor.add(id, form, user);
                } else {
                    editor.update(id, commitmentId, form, user);
                }
                return BACK.formatted(id);
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(400);
        return form(model, form, id, commitmentId, locale);
    }

    private String form(Model model, CommitmentForm form, long briefingId, Long commitmentId, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("briefing", desk.overview(briefingId));
        model.addAttribute("commitmentId", commitmentId);
        model.addAttribute("choices", choices.all(locale));
        model.addAttribute("actors", choices.actors(locale));
        model.addAttribute("categories", CommitmentCategory.values());
        model.addAttribute("statuses", CommitmentStatus.values());
        model.addAttribute("qualifiers", AmountQualifier.values());
        model.addAttribute("figures", FigureKind.values());
        model.addAttribute("wholes", choices.wholes(commitmentId));
        return "editorial/commitment-form";
    }
}
