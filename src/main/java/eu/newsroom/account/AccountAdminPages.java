package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.account.AccountForms.InvitationForm;
import eu.newsroom.account.AccountForms.RoleForm;
import eu.newsroom.account.AccountViews.AccountView;
import eu.newsroom.account.AccountViews.IssuedInvitation;
import eu.newsroom.web.ErrorAnswer;
import eu.newsroom.web.PublicLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chief editor's account pages: the list, invitations, roles, locks and sessions. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminPages {

    private static final String LIST = "admin/accounts";
    private static final String DETAIL = "admin/accounts-detail";

    private final AccountAdministration administration;
    private final MessageSource messages;
    private final PublicLinks links;

    AccountAdminPages(AccountAdministration administration, MessageSource messages, PublicLinks links) {
        this.administration = administration;
        this.messages = messages;
        this.links = links;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("invite", new InvitationForm());
        return withAccounts(model);
    }

    @PostMapping("/invitations")
    String invite(@ModelAttribute("invite") InvitationForm form, BindingResult result, Model model,
            ActingUser user, HttpServletResponse response) {
        try {
            IssuedInvitation issued = administration.invite(form.getEmail(), form.getDisplayName(), form.getRole(),
                    user);
            // shown in this answer only, never stored in the session for a redirect: the link is a credential
            return detail(issued.accountId(), model, issued);
        } catch (FormRejection rejection) {
            rejection.markOn(result);
            response.setStatus(400);
            return withAccounts(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, model, null);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @ModelAttribute("roleForm") RoleForm form, BindingResult result,
            Model model, ActingUser user, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            administration.changeRole(id, form.getVersion(), form.getRole(), form.getCurrentPassword(), user);
        } catch (FormRejection rejection) {
            rejection.markOn(result);
            form.setCurrentPassword(null);
            response.setStatus(400);
            model.addAttribute("account", administration.account(id));
            return DETAIL;
        }
        return done(id, "account.notice.roleChanged", redirect);
    }

    @PostMapping("/{id}/lock")
    String lock(@PathVariable long id, @RequestParam long version, ActingUser user, RedirectAttributes redirect) {
        administration.lock(id, version, user);
        return done(id, "account.notice.locked", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, @RequestParam long version, ActingUser user, RedirectAttributes redirect) {
        administration.unlock(id, version, user);
        return done(id, "account.notice.unlocked", redirect);
    }

    @PostMapping("/{id}/sessions/end")
    String endSessions(@PathVariable long id, ActingUser user, RedirectAttributes redirect) {
        administration.endSessions(id, user);
        return done(id, "account.notice.sessionsEnded", redirect);
    }

    @PostMapping("/{id}/invitation")
    String renewInvitation(@PathVariable long id, Model model, ActingUser user) {
        return detail(id, model, administration.renewInvitation(id, user));
    }

    /** Two chief editors changed the same account at once: the second is told, nothing is overwritten. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    void changedMeanwhile(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 409, messages.getMessage("account.error.changedMeanwhile", null, locale));
    }

    private String withAccounts(Model model) {
        model.addAttribute("accounts", administration.accounts());
        return LIST;
    }

    private String detail(long id, Model model, IssuedInvitation issued) {
        AccountView account = administration.account(id);
        RoleForm form = new RoleForm();
        form.setRole(account.role());
        form.setVersion(account.version());
        model.addAttribute("account", account);
        model.addAttribute("roleForm", form);
        if (issued != null) {
            model.addAttribute("issued", issued);
            // the configured address, not the request's Host: this link is passed on (and, later, mailed)
            model.addAttribute("invitationLink", links.absolute("/account/invitation/" + issued.token()));
        }
        return DETAIL;
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/accounts/" + id;
    }
}
