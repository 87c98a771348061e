package eu.newsroom.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, in the newsroom's layout and the reader's language. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "account/login";
    }
}
