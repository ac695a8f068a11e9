package com.retention.jobs.users;

import com.retention.jobs.launch.OperatorProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way a login is checked, for the API's HTTP Basic and the console's sign-in form alike:
 * app_user's password, its disabled flag and its lockout. One provider and no parent manager, so a
 * wrong password is counted exactly once.
 */
@Component
public class Logins {

    private final AuthenticationManager manager;

    Logins(AppUserDetailsService users, PasswordEncoder encoder, UserStore store, LoginProperties login,
            OperatorProperties operator) {
        this.manager = new ProviderManager(new LockoutAuthenticationProvider(users, encoder, store, login, operator));
    }

    public AuthenticationManager manager() {
        return manager;
    }
}
