package com.retention.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {

    private final CurrentUser current = new CurrentUser();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutARequestTheLoginIsTheCommandLinesOsUser() {
        assertThat(current.login()).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThatThrownBy(current::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void inAnAuthenticatedRequestItIsThatUser() {
        AppUser user = new AppUser("anna", Role.AGENT, Set.of("RETENTION_B2C"), null, true);
        AppUserDetails details = new AppUserDetails(new StoredUser(user, "$2a$hash", 0, null, false));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));

        assertThat(current.get()).isEqualTo(user);
        assertThat(current.login()).isEqualTo("anna");
    }
}
