package com.retention.jobs.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * About one subscriber in eleven opened tickets in the 120 days before D (a third of them more
 * than one); fixed lines complain of speed and outages more, mobile of billing. Most are closed.
 */
final class TicketModel {

    private static final String[] CATEGORIES = {"NO_SERVICE", "SLOW_SPEED", "BILLING", "COMPLAINT", "OTHER"};
    private static final int[] FIXED_WEIGHTS = {30, 30, 15, 15, 10};
    private static final int[] MOBILE_WEIGHTS = {15, 10, 35, 20, 20};
    private static final long WINDOW_SECONDS = 120L * 24 * 3600;

    private final DemoSpec spec;

    TicketModel(DemoSpec spec) {
        this.spec = spec;
    }

    void forSubscriber(DemoSubscriber s, Consumer<TicketRow> out) {
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.TICKET, s.index());
        if (r.nextDouble() >= 0.09) {
            return;
        }
        int count = r.nextDouble() < 0.3 ? 2 + r.nextInt(2) : 1;
        Instant reference = spec.referenceTime();
        Instant activated = s.activatedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int k = 1; k <= count; k++) {
            Instant opened = reference.minusSeconds(60 + r.nextLong(WINDOW_SECONDS));
            String category = CATEGORIES[Seeds.weighted(r, s.tariff().mobile() ? MOBILE_WEIGHTS : FIXED_WEIGHTS)];
            Instant closed = opened.plusSeconds(3600 + r.nextLong(5L * 24 * 3600));
            boolean stillOpen = r.nextDouble() < 0.15 || closed.isAfter(reference);
            if (opened.isBefore(activated)) {
                continue;
            }
            out.accept(new TicketRow("T" + (s.index() + 1) + "-" + k, s.subscriberId(), opened, category,
                    stillOpen ? null : closed));
        }
    }
}
