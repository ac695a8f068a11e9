package com.retention.jobs.users;

import com.retention.jobs.launch.OperatorProperties;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt over app_user, counting wrong passwords in the database: {@code max-failures} in a row lock the
 * login for {@code lock-minutes}. A locked or disabled login is refused before its password is looked at,
 * so the right password does not open a lock and wrong ones during it do not lengthen it.
 */
final class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LockoutAuthenticationProvider.class);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final UserStore store;
    private final LoginProperties login;

    LockoutAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, UserStore store,
            LoginProperties login, OperatorProperties operator) {
        super(users);
        this.store = store;
        this.login = login;
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(details -> {
            if (!details.isEnabled()) {
                throw new DisabledException("login disabled");
            }
            if (!details.isAccountNonLocked()) {
                AppUserDetails app = (AppUserDetails) details;
                throw new LockedException("login locked until "
                        + app.lockedUntil().atZoneSameInstant(operator.timezone()).format(HH_MM));
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            Authentication authenticated = super.authenticate(authentication);
            store.recordSuccess(authenticated.getName());
            return authenticated;
        } catch (BadCredentialsException e) {
            if (store.recordFailure(authentication.getName(), login.maxFailures(), login.lockMinutes())) {
                // for whoever watches the log: a forgotten password, or someone guessing
                log.warn("login {} locked for {} minutes after {} wrong passwords in a row", authentication.getName(),
                        login.lockMinutes(), login.maxFailures());
            }
            throw e;
        }
    }
}
