package com.retention.jobs.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the API as one line of JSON, {"error":"..."}: no HTML page, no stack trace. */
final class JsonErrors {

    static final String REALM = "retention";

    private JsonErrors() {
    }

    /** 401 with the Basic challenge, so scripts and dialers know to send credentials. */
    static AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, reason(failure));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(response, HttpServletResponse.SC_FORBIDDEN, deniedMessage(request));
    }

    private static String reason(AuthenticationException failure) {
        if (failure instanceof LockedException || failure instanceof DisabledException) {
            return failure.getMessage();
        }
        if (failure instanceof BadCredentialsException) {
            return "wrong login or password";
        }
        return "authentication required: HTTP Basic with a login of 'retention users'";
    }

    private static String deniedMessage(HttpServletRequest request) {
        return "forbidden: your role may not " + request.getMethod() + " " + request.getRequestURI();
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + escape(message) + "\"}");
        response.getWriter().flush();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
