package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.actor.ActorKind;
import eu.newsroom.initiative.InitiativeKind;
import eu.newsroom.initiative.InitiativeStatus;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The desk's directory: the actors, topics and initiatives that briefings, statements and commitments
 * link to, created and changed by editors.
 */
@Controller
class DirectoryDeskController {

    private final ActorEditor actors;
    private final TopicEditor topics;
    private final InitiativeEditor initiatives;
    private final FormChoices choices;

    DirectoryDeskController(ActorEditor actors, TopicEditor topics, InitiativeEditor initiatives, FormChoices choices) {
        this.actors = actors;
        this.topics = topics;
        this.initiatives = initiatives;
        this.choices = choices;
    }

    @GetMapping("/editorial/directory")
    String directory(Model model, Locale locale) {
        model.addAttribute("choices", choices.all(locale));
        model.addAttribute("actors", choices.actors(locale));
        return "editorial/directory";
    }

    // --- actors ---

    @GetMapping("/editorial/actors/new")
    String newActor(Model model, Locale locale) {
        return actorForm(model, new ActorForm().withSpareRows(), null, locale);
    }

    @GetMapping("/editorial/actors/{slug}/edit")
    String editActor(@PathVariable String slug, Model model, Locale locale) {
        return actorForm(model, actors.form(slug).withSpareRows(), slug, locale);
    }

    @PostMapping("/editorial/actors")
    String createActor(@Valid @ModelAttribute("form") ActorForm form, BindingResult errors, Model model,
            ActingUser user, HttpServletResponse response, Locale locale) {
        return save(errors, response, () -> actors.create(form, user),
                slug -> "redirect:/editorial/directory#actors", () -> actorForm(model, form, null, locale));
    }

    @PostMapping("/editorial/actors/{slug}")
    String updateActor(@PathVariable String slug, @Valid @ModelAttribute("form") ActorForm form, BindingResult errors,
            Model model, ActingUser user, HttpServletResponse response, Locale locale) {
        return save(errors, response, () -> {
            actors.update(slug, form, user);
            return slug;
        }, saved -> "redirect:/editorial/directory#actors", () -> actorForm(model, form, slug, locale));
    }

    private String actorForm(Model model, ActorForm form, String slug, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("slug", slug);
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("organisations", choices.all(locale).institutions());
        return "editorial/actor-form";
    }

    // --- topics ---

    @GetMapping("/editorial/topics/new")
    String newTopic(Model model) {
        return topicForm(model, new TopicForm().withSpareRows(), null);
    }

    @GetMapping("/editorial/topics/{slug}/edit")
    String editTopic(@PathVariable String slug, Model model) {
        return topicForm(model, topics.form(slug).withSpareRows(), slug);
    }

    @PostMapping("/editorial/topics")
    String createTopic(@Valid @ModelAttribute("form") TopicForm form, BindingResult errors, Model model,
            ActingUser user, HttpServletResponse response) {
        return save(errors, response, () -> topics.create(form, user),
                slug -> "redirect:/editorial/directory#topics", () -> topicForm(model, form, null));
    }

    @PostMapping("/editorial/topics/{slug}")
    String updateTopic(@PathVariable String slug, @Valid @ModelAttribute("form") TopicForm form, BindingResult errors,
            Model model, ActingUser user, HttpServletResponse response) {
        return save(errors, response, () -> {
            topics.update(slug, form, user);
            return slug;
        }, saved -> "redirect:/editorial/directory#topics", () -> topicForm(model, form, slug));
    }

    private String topicForm(Model model, TopicForm form, String slug) {
        model.addAttribute("form", form);
        model.addAttribute("slug", slug);
        return "editorial/topic-form";
    }

    // --- initiatives ---

    @GetMapping("/editorial/initiatives/new")
    String newInitiative(Model model, Locale locale) {
        return initiativeForm(model, initiatives.blank().withSpareRows(), null, locale);
    }

    @GetMapping("/editorial/initiatives/{slug}/edit")
    String editInitiative(@PathVariable String slug, Model model, Locale locale) {
        return initiativeForm(model, initiatives.form(slug).withSpareRows(), slug, locale);
    }

    @PostMapping("/editorial/initiatives")
    String createInitiative(@Valid @ModelAttribute("form") InitiativeForm form, BindingResult errors, Model model,
            ActingUser user, HttpServletResponse response, Locale locale) {
        return save(errors, response, () -> initiatives.create(form, user),
                slug -> "redirect:/editorial/directory#initiatives", () -> initiativeForm(model, form, null, locale));
    }

    @PostMapping("/editorial/initiatives/{slug}")
    String updateInitiative(@PathVariable String slug, @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult errors, Model model, ActingUser user,
            HttpServletResponse response, Locale locale) {
        return save(errors, response, () -> {
            initiatives.update(slug, form, user);
            return slug;
        }, saved -> "redirect:/editorial/directory#initiatives", () -> initiativeForm(model, form, slug, locale));
    }

    private String initiativeForm(Model model, InitiativeForm form, String slug, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("slug", slug);
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("choices", choices.all(locale));
        model.addAttribute("actors", choices.actors(locale));
        return "editorial/initiative-form";
    }

    /** Saves when the form is valid; otherwise, or when the newsroom's rules refuse a field, the form again with 400. */
    private static String save(BindingResult errors, HttpServletResponse response,
            java.util.function.Supplier<String> saving, Function<String, String> next,
            java.util.function.Supplier<String> formAgain) {
        if (!errors.hasErrors()) {
            try {
                return next.apply(saving.get());
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(400);
        return formAgain.get();
    }
}
