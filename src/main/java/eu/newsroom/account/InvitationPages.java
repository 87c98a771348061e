package eu.newsroom.account;

import eu.newsroom.account.AccountForms.NewPasswordForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where an invitee, not signed in, sets their password with the link the chief editor passed on. */
@Controller
@RequestMapping("/account/invitation/{token}")
class InvitationPages {

    private static final String VIEW = "account/invitation";

    private final Invitations invitations;

    InvitationPages(Invitations invitations) {
        this.invitations = invitations;
    }

    @ModelAttribute("token")
    String token(@PathVariable String token) {
        return token;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        model.addAttribute("invitation", invitations.find(token));
        model.addAttribute("passwordForm", new NewPasswordForm());
        return VIEW;
    }

    @PostMapping
    String accept(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            invitations.accept(token, form.getPassword(), form.getConfirmation(), request.getRemoteAddr());
        } catch (FormRejection rejection) {
            rejection.markOn(result);
            response.setStatus(400);
            model.addAttribute("invitation", invitations.find(token));
            return VIEW;
        }
        return "redirect:/login?activated";
    }
}
