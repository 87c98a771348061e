package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.commitment.RateFileProblem;
import eu.newsroom.commitment.ReferenceRates;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chief editor's page for the ECB euro reference rates (SecurityConfiguration: /admin/**): what the table
 * covers, and an upload of the ECB's published file to extend it, so that amounts announced after the rates
 * shipped with the app get a euro value without a new release.
 */
@Controller
@RequestMapping("/admin/reference-rates")
class ReferenceRatePages {

    private static final String PAGE = "admin/reference-rates";

    private final ReferenceRates rates;
    private final AuditedRateUpload uploads;
    private final CommitmentRepository commitments;
    private final MessageSource messages;

    ReferenceRatePages(ReferenceRates rates, AuditedRateUpload uploads, CommitmentRepository commitments,
            MessageSource messages) {
        this.rates = rates;
        this.uploads = uploads;
        this.commitments = commitments;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("coverage", rates.coverage());
        model.addAttribute("lastDate", rates.lastDate().orElse(null));
        model.addAttribute("withoutEuro", commitments.countForeignWithoutEuroValue());
        return PAGE;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, ActingUser user, HttpServletResponse response, RedirectAttributes redirect, Model model,
            Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(messages.getMessage("rates.file.none", null, locale), model, response);
        }
        try {
            var outcome = uploads.upload(file.getBytes(), file.getOriginalFilename(), user);
            redirect.addFlashAttribute("outcome", outcome);
            return "redirect:/admin/reference-rates";
        } catch (RateFileProblem problem) {
            return refused(messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale), model, response);
        }
    }

    private String refused(String reason, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refused", reason);
        return page(model);
    }
}
