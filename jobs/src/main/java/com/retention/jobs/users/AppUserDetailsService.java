package com.retention.jobs.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The logins of app_user, read afresh on every request (the API is stateless), so a disable or a lock
 * on one serve node holds on the next request everywhere. Being a bean, it also keeps Spring Boot from
 * creating its default user with a generated password.
 */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final UserStore store;

    AppUserDetailsService(UserStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return store.find(login).map(AppUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no login " + login));
    }
}
