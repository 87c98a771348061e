package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.account.AccountForms.PasswordChangeForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's own account: what it is, a new password, signing out the other sessions. */
@Controller
@RequestMapping("/account")
class OwnAccountPages {

    private final OwnAccount ownAccount;

    OwnAccountPages(OwnAccount ownAccount) {
        this.ownAccount = ownAccount;
    }

    @GetMapping
    String overview(Model model, ActingUser user) {
        model.addAttribute("me", ownAccount.view(user.username()));
        return "account/overview";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordChangeForm());
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
            ActingUser user, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ownAccount.changePassword(user, form.getCurrentPassword(), form.getNewPassword(),
                    form.getConfirmation(), currentSession(request));
        } catch (FormRejection rejection) {
            rejection.markOn(result);
            response.setStatus(400);
            return "account/password";
        }
        // this session stays signed in, under a new id
        request.changeSessionId();
        redirect.addFlashAttribute("notice", "account.notice.passwordChanged");
        return "redirect:/account";
    }

    @PostMapping("/sessions/end-others")
    String endOtherSessions(ActingUser user, HttpServletRequest request, RedirectAttributes redirect) {
        ownAccount.endOtherSessions(user, currentSession(request));
        redirect.addFlashAttribute("notice", "account.notice.otherSessionsEnded");
        return "redirect:/account";
    }

    private static String currentSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
