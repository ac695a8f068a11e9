package com.retention.jobs.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: "today" for the scheduler without waiting for midnight. */
final class MutableClock extends Clock {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private volatile Instant now;

    MutableClock(LocalDateTime moscowTime) {
        set(moscowTime);
    }

    void set(LocalDateTime moscowTime) {
        now = moscowTime.atZone(MOSCOW).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
