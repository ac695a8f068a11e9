package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.util.Objects;

/**
 * Frequency caps per subscriber and per phone number: a day is D, a week D-6..D, a month D-29..D.
 * E-mail has no caps in the product contract.
 */
public record ContactCapsConfig(Limits calls, Limits sms) {

    public ContactCapsConfig {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(sms, "sms");
    }

    /** README: calls 1 a day, 2 a week, 8 a month; SMS 2 a day, 4 a week, 16 a month. */
    public static ContactCapsConfig defaults() {
        return new ContactCapsConfig(new Limits(1, 2, 8), new Limits(2, 4, 16));
    }

    /** The limits for a channel; null when the channel is not capped. */
    public Limits forChannel(Channel channel) {
        return switch (channel) {
            case CALL -> calls;
            case SMS -> sms;
            case EMAIL, HANDOVER -> null;
        };
    }

    /** At most {@code perDay} contacts on D, {@code perWeek} over the 7 days to D, {@code perMonth} over 30. */
    public record Limits(int perDay, int perWeek, int perMonth) {
        public Limits {
            if (perDay < 0 || perWeek < 0 || perMonth < 0) {
                throw new IllegalArgumentException("caps cannot be negative");
            }
        }
    }
}
