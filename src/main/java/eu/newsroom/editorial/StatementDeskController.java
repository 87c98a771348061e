package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
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

/** Adding, changing and removing the statements of a briefing at the editorial desk. */
@Controller
class StatementDeskController {

    private final StatementEditor editor;
    private final EditorialDesk desk;
    private final FormChoices choices;

    StatementDeskController(StatementEditor editor, EditorialDesk desk, FormChoices choices) {
        this.editor = editor;
        this.desk = desk;
        this.choices = choices;
    }

    @GetMapping("/editorial/briefings/{id}/statements/new")
    String newStatement(@PathVariable long id, Model model, Locale locale) {
        var briefing = desk.overview(id);
        StatementForm form = new StatementForm();
        form.setLang(briefing.lang());
        form.setSaidOn(briefing.date());
        form.setPlace(briefing.place());
        return form(model, form, briefing, null, locale);
    }

    @PostMapping("/editorial/briefings/{id}/statements")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") StatementForm form, BindingResult errors, Model model,
            ActingUser user, HttpServletResponse response, Locale locale) {
        var briefing = desk.overview(id);
        if (!errors.hasErrors()) {
            try {
                editor.add(id, form, user);
                return "redirect:/editorial/briefings/" + id + "#statements-heading";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(400);
        return form(model, form, briefing, null, locale);
    }

    @GetMapping("/editorial/statements/{statementId}/edit")
    String edit(@PathVariable long statementId, Model model, Locale locale) {
        return form(model, editor.form(statementId), desk.overview(editor.briefingOf(statementId)), statementId, locale);
    }

    @PostMapping("/editorial/statements/{statementId}")
    String save(@PathVariable long statementId, @Valid @ModelAttribute("form") StatementForm form, BindingResult errors,
            Model model, ActingUser user, HttpServletResponse response, Locale locale) {
        long briefingId = editor.briefingOf(statementId);
        if (!errors.hasErrors()) {
            try {
                editor.update(statementId, form, user);
                return "redirect:/editorial/briefings/" + briefingId + "#statements-heading";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(400);
        return form(model, form, desk.overview(briefingId), statementId, locale);
    }

    @PostMapping("/editorial/statements/{statementId}/remove")
    String remove(@PathVariable long statementId, @RequestParam long version, ActingUser user) {
        long briefingId = editor.remove(statementId, version, user);
        return "redirect:/editorial/briefings/" + briefingId + "#statements-heading";
    }

    private String form(Model model, StatementForm form, EditorialDesk.Overview briefing, Long statementId, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("briefing", briefing);
        model.addAttribute("statementId", statementId);
        model.addAttribute("choices", choices.all(locale));
        return "editorial/statement-form";
    }
}
