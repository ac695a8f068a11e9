package com.retention.jobs.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The do-not-call list: about 1.5 % of subscribers' own phones (a few with an expiry date) plus
 * numbers that belong to no subscriber, as a real list from the regulator or old campaigns would.
 */
final class DncPlan {

    private static final String[] REASONS = {"Просьба абонента", "Жалоба в Роскомнадзор", "Отказ от рекламы"};

    private final DemoSpec spec;
    private final PhonePlan phones;

    DncPlan(DemoSpec spec, PhonePlan phones) {
        this.spec = spec;
        this.phones = phones;
    }

    /** Only the owner of a phone lists it, so a shared number appears once. */
    void forSubscriber(DemoSubscriber s, Consumer<DncRow> out) {
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.DNC, s.index());
        if (s.phoneOwner() && r.nextDouble() < 0.015) {
            out.accept(row(r, s.phone()));
        }
    }

    /** Numbers outside the subscriber base: indexes past the last subscriber's never collide. */
    void strangers(Consumer<DncRow> out) {
        int count = Math.max(5, spec.subscribers() / 500);
        for (int k = 0; k < count; k++) {
            SplittableRandom r = Seeds.random(spec.seed(), Seeds.DNC, -1 - k);
            out.accept(row(r, phones.phone((long) spec.subscribers() + k)));
        }
    }

    private DncRow row(SplittableRandom r, String phone) {
        LocalDate added = spec.lastDataDay().minusDays(r.nextInt(700));
        LocalDate expires = r.nextDouble() < 0.2 ? added.plusYears(1) : null;
        return new DncRow(phone, REASONS[r.nextInt(REASONS.length)], added, expires);
    }
}
