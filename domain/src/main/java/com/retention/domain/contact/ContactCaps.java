package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The running tally of contacts for one business date: starts from the contact history and
 * records every contact the policy grants, so a cap can never be exceeded by today's own decisions.
 * Counts per subscriber and per phone, because a number shared by several subscribers is one person.
 * One instance per policy run; not thread-safe.
 */
public final class ContactCaps {

    static final int WEEK_DAYS = 7;
    static final int MONTH_DAYS = 30;

    private final ContactCapsConfig config;
    private final LocalDate day;
    private final Map<Key, int[]> counts = new HashMap<>();

    public ContactCaps(ContactCapsConfig config, LocalDate day, Collection<PastContact> history) {
        this.config = Objects.requireNonNull(config, "config");
        this.day = Objects.requireNonNull(day, "day");
        for (PastContact past : history) {
            long daysAgo = ChronoUnit.DAYS.between(past.date(), day);
            // Only D-29..D counts; later dates (a history row from the future) are ignored.
            if (daysAgo >= 0 && daysAgo < MONTH_DAYS) {
                add(past.subscriberId(), past.phone(), past.channel(), (int) daysAgo);
            }
        }
    }

    /** Why this contact would exceed a cap today, or empty when it fits. Subscriber is checked first. */
    public Optional<SuppressionReason> check(String subscriberId, String phone, Channel channel) {
        ContactCapsConfig.Limits limits = config.forChannel(channel);
        if (limits == null) {
            return Optional.empty();
        }
        if (!fits(counts.get(new Key(Kind.SUBSCRIBER, subscriberId, channel)), limits)) {
            return Optional.of(SuppressionReason.CAP_SUBSCRIBER);
        }
        if (phone != null && !fits(counts.get(new Key(Kind.PHONE, phone, channel)), limits)) {
            return Optional.of(SuppressionReason.CAP_PHONE);
        }
        return Optional.empty();
    }

    /** Counts a contact granted today. */
    public void record(String subscriberId, String phone, Channel channel) {
        add(subscriberId, phone, channel, 0);
    }

    /** Contacts of this subscriber on this channel over the last {@code days} days (1 = D only). */
    public int countForSubscriber(String subscriberId, Channel channel, int days) {
        return count(counts.get(new Key(Kind.SUBSCRIBER, subscriberId, channel)), days);
    }

    /** Contacts to this phone on this channel over the last {@code days} days (1 = D only). */
    public int countForPhone(String phone, Channel channel, int days) {
        return count(counts.get(new Key(Kind.PHONE, phone, channel)), days);
    }

    private static boolean fits(int[] perDaysAgo, ContactCapsConfig.Limits limits) {
        return count(perDaysAgo, 1) < limits.perDay()
                && count(perDaysAgo, WEEK_DAYS) < limits.perWeek()
                && count(perDaysAgo, MONTH_DAYS) < limits.perMonth();
    }

    private static int count(int[] perDaysAgo, int days) {
        if (perDaysAgo == null) {
            return 0;
        }
        int sum = 0;
        for (int i = 0; i < Math.min(days, MONTH_DAYS); i++) {
            sum += perDaysAgo[i];
        }
        return sum;
    }

    private void add(String subscriberId, String phone, Channel channel, int daysAgo) {
        counts.computeIfAbsent(new Key(Kind.SUBSCRIBER, subscriberId, channel), k -> new int[MONTH_DAYS])[daysAgo]++;
        if (phone != null) {
            counts.computeIfAbsent(new Key(Kind.PHONE, phone, channel), k -> new int[MONTH_DAYS])[daysAgo]++;
        }
    }

    private enum Kind { SUBSCRIBER, PHONE }

    private record Key(Kind kind, String id, Channel channel) {
    }
}
