package com.retention.jobs.console;

import com.retention.jobs.users.Logins;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's sign-in: a form and a session (a browser), CSRF tokens on every form, the same logins
 * and lockout as the API ({@link Logins}). Each page is open to the roles {@link ConsolePage} names; a
 * direct address of another role's page answers 403. Actuator stays open as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, Logins logins) throws Exception {
        http.authenticationManager(logins.manager())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(errors -> errors.accessDeniedPage("/forbidden"))
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                            .requestMatchers("/actuator", "/actuator/**").permitAll()
                            .requestMatchers("/console/**", "/webjars/**", "/favicon.ico").permitAll()
                            .requestMatchers("/", "/forbidden").authenticated();
                    for (ConsolePage page : ConsolePage.values()) {
                        rules.requestMatchers(page.path(), page.path() + "/**").hasAnyRole(page.roleNames());
                    }
                    rules.anyRequest().denyAll();
                });
        return http.build();
    }
}
