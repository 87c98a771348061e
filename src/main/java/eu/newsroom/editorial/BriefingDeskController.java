package eu.newsroom.editorial;

import eu.newsroom.web.PageParams;
import eu.newsroom.shared.ActingUser;
import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.web.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editorial desk for briefings: the list by status, the editing form (with conflict handling),
 * the workflow steps and the revision history. Editors only (SecurityConfiguration: /editorial/**).
 */
@Controller
class BriefingDeskController {

    private static final int PAGE_SIZE = 25;

    private final EditorialDesk desk;
    private final BriefingEditor editor;
    private final EditorialWorkflow workflow;
    private final BriefingRevisions revisions;
    private final FormChoices choices;

    BriefingDeskController(EditorialDesk desk, BriefingEditor editor, EditorialWorkflow workflow,
            BriefingRevisions revisions, FormChoices choices) {
        this.desk = desk;
        this.editor = editor;
        this.workflow = workflow;
        this.revisions = revisions;
        this.choices = choices;
    }

    @GetMapping("/editorial")
    String desk(@RequestParam(defaultValue = "DRAFT") PublicationStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("status", status.name());
        model.addAttribute("counts", desk.counts());
        model.addAttribute("items", desk.list(status, PageRequest.of(PageParams.page(page), PAGE_SIZE)));
        return "editorial/desk";
    }

    @GetMapping("/editorial/briefings/new")
    String newBriefing(Model model, Locale locale) {
        BriefingForm form = new BriefingForm();
        form.setLang(locale.getLanguage());
        form.setEventDate(LocalDate.now(BRUSSELS));
        return form(model, form, null, locale);
    }

    @PostMapping("/editorial/briefings")
    String create(@Valid @ModelAttribute("form") BriefingForm form, BindingResult errors, Model model,
            ActingUser user, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(model, form, null, response, locale);
        }
        try {
            long id = editor.create(form, user);
            return "redirect:/editorial/briefings/" + id;
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            return invalid(model, form, null, response, locale);
        }
    }

    @GetMapping("/editorial/briefings/{id}")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("briefing", desk.overview(id));
        return "editorial/overview";
    }

    /** The desk page of a briefing named by its permalink slug (links from the import assistant). */
    @GetMapping("/editorial/briefings/by-slug/{slug}")
    String bySlug(@PathVariable String slug) {
        return "redirect:/editorial/briefings/" + desk.idOf(slug);
    }

    @GetMapping("/editorial/briefings/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        var overview = desk.overview(id);
        return form(model, BriefingForm.of(editor.current(id), overview.version()), overview, locale);
    }

    @PostMapping("/editorial/briefings/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") BriefingForm form, BindingResult errors,
            Model model, ActingUser user, HttpServletResponse response, Locale locale) {
        var overview = desk.overview(id);
        if (errors.hasErrors()) {
            return invalid(model, form, overview, response, locale);
        }
        try {
            editor.update(id, form, user);
            return "redirect:/editorial/briefings/" + id + "?saved";
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            return invalid(model, form, overview, response, locale);
        } catch (EditConflictException e) {
            return conflict(model, form, e, overview, response, locale);
        } catch (ObjectOptimisticLockingFailureException e) {
            // saved by someone else between our read and our write: show what is stored now
            var stored = desk.overview(id);
            return conflict(model, form, new EditConflictException(editor.current(id), stored.version(),
                    stored.lastEditedBy()), stored, response, locale);
        }
    }

    @PostMapping("/editorial/briefings/{id}/workflow")
    String step(@PathVariable long id, @RequestParam WorkflowStep step, @RequestParam long version,
            @RequestParam(required = false) String publishAt, @RequestParam(required = false) String embargoUntil,
            @RequestParam(required = false) String notice, ActingUser user) {
        workflow.apply(id, new EditorialWorkflow.Request(step, version, brusselsTime("publishAt", publishAt),
                brusselsTime("embargoUntil", embargoUntil), notice), user);
        return "redirect:/editorial/briefings/" + id + "?done=" + step.name();
    }

    @GetMapping("/editorial/briefings/{id}/revisions/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("briefing", desk.overview(id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("rows", RevisionDiff.between(revisions.read(id, from), revisions.read(id, to)));
        return "editorial/compare";
    }

    @PostMapping("/editorial/briefings/{id}/revisions/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable int revision, @RequestParam long version,
            ActingUser user) {
        try {
            editor.restore(id, revision, version, user);
        } catch (EditConflictException | ObjectOptimisticLockingFailureException e) {
            throw new eu.newsroom.web.ConflictException("editorial.workflow.stale");
        }
        return "redirect:/editorial/briefings/" + id + "?restored=" + revision;
    }

    private String form(Model model, BriefingForm form, EditorialDesk.Overview overview, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("briefing", overview);
        model.addAttribute("choices", choices.all(locale));
        model.addAttribute("kinds", eu.newsroom.briefing.BriefingKind.values());
        return "editorial/form";
    }

    private String invalid(Model model, BriefingForm form, EditorialDesk.Overview overview,
            HttpServletResponse response, Locale locale) {
        response.setStatus(400);
        return form(model, form, overview, locale);
    }

    private String conflict(Model model, BriefingForm mine, EditConflictException e, EditorialDesk.Overview overview,
            HttpServletResponse response, Locale locale) {
        response.setStatus(409);
        BriefingSnapshot theirs = e.stored();
        model.addAttribute("conflict", RevisionDiff.between(theirs, mineAsSnapshot(mine, theirs)));
        model.addAttribute("conflictBy", e.storedBy());
        // the form keeps the editor's text but now carries the stored version: saving again is a deliberate merge
        mine.setVersion(e.storedVersion());
        return form(model, mine, overview, locale);
    }

    /** The editor's unsaved form as a snapshot, to compare it with the stored one. */
    private static BriefingSnapshot mineAsSnapshot(BriefingForm f, BriefingSnapshot stored) {
        return new BriefingSnapshot(f.getTitle(), f.getKind().name(), f.getLang(),
                f.getTranslationGroup() == null || f.getTranslationGroup().isBlank() ? stored.translationGroup()
                        : f.getTranslationGroup(), f.getEventDate(), BriefingForm.blankToNull(f.getPlace()),
                BriefingForm.blankToNull(f.getEventName()), BriefingForm.blankToNull(f.getInstitution()),
                BriefingForm.blankToNull(f.getSpeaker()), f.pointList(), f.getBody(),
                BriefingForm.blankToNull(f.getSourceUrl()), f.getTopics().stream().sorted().toList(),
                f.getInitiatives().stream().sorted().toList(), stored.status());
    }

    private static Instant brusselsTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(BRUSSELS).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("editorial.field.dateTime", field);
        }
    }
}
