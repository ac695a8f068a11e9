package com.retention.jobs.console;

import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The pages of the signed-in user, for the menu ({@code @menu.pages()} in the layout). */
@Component("menu")
public class ConsoleMenu {

    private final CurrentUser user;

    ConsoleMenu(CurrentUser user) {
        this.user = user;
    }

    public List<ConsolePage> pages() {
        AppUser me = user.get();
        return ConsolePage.openTo(Set.of(me.role()));
    }

    public String login() {
        return user.login();
    }
}
