package com.retention.jobs.users;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** BCrypt for every command: `users add` hashes, `serve` checks (remembering its recent right answers). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(LoginProperties login) {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), login.remember(), Clock.systemUTC());
    }
}
