package com.retention.jobs.users;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting: the authenticated user of this HTTP request, or for a command line the OS user. */
@Component
public class CurrentUser {

    /** The authenticated user of this request; IllegalStateException if none. */
    public AppUser get() {
        AppUser user = fromContext();
        if (user == null) {
            throw new IllegalStateException("no authenticated user in this thread");
        }
        return user;
    }

    /** The login, or for a command line (no request) "cli:" + OS user name. */
    public String login() {
        AppUser user = fromContext();
        return user != null ? user.login() : "cli:" + System.getProperty("user.name", "unknown");
    }

    private static AppUser fromContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AppUserDetails details) {
            return details.user();
        }
        return null;
    }
}
