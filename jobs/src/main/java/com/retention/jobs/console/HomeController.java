package com.retention.jobs.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the first page the user may open; the login page is the console's own. */
@Controller
class HomeController {

    private final ConsoleMenu menu;

    HomeController(ConsoleMenu menu) {
        this.menu = menu;
    }

    @GetMapping("/")
    String home() {
        return menu.pages().stream().findFirst().map(page -> "redirect:" + page.path()).orElse("forbidden");
    }

    @GetMapping("/forbidden")
    String forbidden(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "forbidden";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
