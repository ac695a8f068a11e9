package com.retention.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    /** BCrypt at its lowest cost, counting the checks it really makes. */
    static final class CountingBCrypt implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingBCrypt bcrypt = new CountingBCrypt();
    final MovableClock clock = new MovableClock();
    final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(bcrypt, Duration.ofMinutes(5), clock);
    final String stored = bcrypt.encode("s3cret-pass");

    @Test
    void aRightPasswordIsCheckedByBCryptOnceWithinTheRememberTime() {
        assertThat(encoder.matches("s3cret-pass", stored)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(encoder.matches("s3cret-pass", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);

        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(encoder.matches("s3cret-pass", stored)).isTrue();
        assertThat(bcrypt.checks).as("remembered for five minutes from the check, then checked again").hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        assertThat(encoder.matches("s3cret-pass", stored)).isTrue();
        assertThat(encoder.matches("guess", stored)).isFalse();
        assertThat(encoder.matches("guess", stored)).isFalse();
        assertThat(encoder.matches("s3cret-pass ", stored)).isFalse();
        assertThat(bcrypt.checks).hasValue(4);
    }

    @Test
    void aChangedPasswordHasANewStoredHashAndTheOldPasswordIsCheckedAgainstIt() {
        assertThat(encoder.matches("s3cret-pass", stored)).isTrue();
        String changed = bcrypt.encode("another-pass");

        assertThat(encoder.matches("s3cret-pass", changed)).isFalse();
        assertThat(encoder.matches("another-pass", changed)).isTrue();
        assertThat(bcrypt.checks).hasValue(3);
    }

    @Test
    void rememberZeroChecksEveryRequest() {
        RememberingPasswordEncoder always = new RememberingPasswordEncoder(bcrypt, Duration.ZERO, clock);
        assertThat(always.matches("s3cret-pass", stored)).isTrue();
        assertThat(always.matches("s3cret-pass", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
    }
}
