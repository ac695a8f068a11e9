package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One contact that counts towards the caps: a listed call task or a sent SMS/e-mail, on its
 * business date. The phone is E.164 (null for e-mail or when unknown) so caps hold per number too.
 */
public record PastContact(String subscriberId, String phone, LocalDate date, Channel channel) {
    public PastContact {
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
    }
}
