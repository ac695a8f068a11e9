package com.retention.jobs.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt that remembers its recent right answers for {@code retention.http.login.remember}. A dialer or
 * a script sends HTTP Basic with every request, and each BCrypt check costs about 0.1 s of a core:
 * remembered, the second request of a login costs microseconds. What is kept is an HMAC of the password
 * and the stored hash under a key drawn when the process starts, never the password; a password
 * changed anywhere has a new stored hash and misses, a disabled or locked login is refused before its
 * password is checked. Wrong answers are never remembered, so every wrong password still counts.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder encoder;
    private final Duration remember;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Long> rightUntil = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    RememberingPasswordEncoder(PasswordEncoder encoder, Duration remember, Clock clock) {
        this.encoder = encoder;
        this.remember = remember;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || remember.isZero()) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String check = mac(rawPassword, encodedPassword);
        long now = clock.millis();
        synchronized (rightUntil) {
            Long until = rightUntil.get(check);
            if (until != null && until > now) {
                return true;
            }
        }
        boolean right = encoder.matches(rawPassword, encodedPassword);
        if (right) {
            synchronized (rightUntil) {
                rightUntil.put(check, now + remember.toMillis());
            }
        }
        return right;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private String mac(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
