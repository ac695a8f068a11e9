package com.retention.jobs.users;

import static com.retention.jobs.users.Role.ADMIN;
import static com.retention.jobs.users.Role.AGENT;
import static com.retention.jobs.users.Role.MANAGER;
import static com.retention.jobs.users.Role.MARKETING;
import static com.retention.jobs.users.Role.SCHEDULER;
import static com.retention.jobs.users.Role.SUPERVISOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what under {@code /api} of {@code retention serve}: HTTP Basic against app_user, no session
 * (scripts and dialers send credentials with every request), no CSRF (no browser forms), deny by default.
 * Which teams a user sees within an allowed URL is the controllers' business ({@link AppUser#maySeeTeam}).
 * Everything else is the console's (console.ConsoleSecurity). Only a web application (serve) has these
 * chains; the other commands never build them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, Logins logins) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(logins.manager())
                .httpBasic(basic -> basic.realmName(JsonErrors.REALM).authenticationEntryPoint(JsonErrors.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(JsonErrors.unauthorized())
                        .accessDeniedHandler(JsonErrors.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> rules
                        // the error page of a request that was already let in
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(GET, "/api/me").authenticated()
                        // SCHEDULER: runs, start, restart, schedule
                        .requestMatchers(GET, "/api/runs/**").hasAnyRole(roles(ADMIN, SCHEDULER))
                        .requestMatchers(POST, "/api/runs/*/restart").hasAnyRole(roles(ADMIN, SCHEDULER))
                        .requestMatchers(POST, "/api/jobs/*").hasAnyRole(roles(ADMIN, SCHEDULER))
                        .requestMatchers(GET, "/api/schedule").hasAnyRole(roles(ADMIN, SCHEDULER))
                        // MARKETING: imports of every kind but outcomes (those come from the teams), exports, reports
                        .requestMatchers(POST, "/api/imports/outcomes").hasRole(ADMIN.name())
                        .requestMatchers(POST, "/api/imports/*").hasAnyRole(roles(ADMIN, MARKETING))
                        .requestMatchers(GET, "/api/imports").hasAnyRole(roles(ADMIN, MARKETING))
                        .requestMatchers(GET, "/api/imports/*/rejects").hasAnyRole(roles(ADMIN, MARKETING))
                        .requestMatchers(GET, "/api/exports/**").hasAnyRole(roles(ADMIN, MARKETING))
                        // SUPERVISOR: a date's report figures as JSON (filtered by team), never the workbook
                        .requestMatchers(spreadsheetReport()).hasAnyRole(roles(ADMIN, MARKETING))
                        .requestMatchers(GET, "/api/reports/*").hasAnyRole(roles(ADMIN, MARKETING, SUPERVISOR))
                        .requestMatchers(GET, "/api/reports/**").hasAnyRole(roles(ADMIN, MARKETING))
                        // the teams: call lists and outcomes, scoped per team in the controllers
                        .requestMatchers(GET, "/api/call-lists/**").hasAnyRole(roles(ADMIN, SUPERVISOR, AGENT, MANAGER))
                        .requestMatchers(POST, "/api/outcomes").hasAnyRole(roles(ADMIN, SUPERVISOR, AGENT, MANAGER))
                        .requestMatchers(POST, "/api/tasks/*/outcome").hasAnyRole(roles(ADMIN, SUPERVISOR, AGENT, MANAGER))
                        // the audit log, users and anything added later: ADMIN until a rule says otherwise
                        .anyRequest().hasRole(ADMIN.name()));
        return http.build();
    }

    /** A GET of a report as a workbook, however it is asked for: a .xlsx path, ?format=xlsx or an Accept of it. */
    private static RequestMatcher spreadsheetReport() {
        return (HttpServletRequest request) -> {
            if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/reports/")) {
                return false;
            }
            String accept = request.getHeader("Accept");
            return request.getRequestURI().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    || "xlsx".equalsIgnoreCase(request.getParameter("format"))
                    || accept != null && accept.contains("spreadsheetml");
        };
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
