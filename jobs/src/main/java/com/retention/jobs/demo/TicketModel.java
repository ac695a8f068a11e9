package com.retention.jobs.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * About one subscriber in eleven opened tickets in the 120 days before D (a third of them more
 * than one); fixed lines complain of speed and outages more, mobile of billing. Most are closed.
 * Besides, about 0.3 % of subscribers a month ask to leave (TERMINATION_REQUEST, a fifth of them
 * PORT_OUT): 0.2 % of those still active in the 60 days before D, a quarter of them still open at T
 * and the others answered (closed) within a week, and a tenth of those who left in the 120 days
 * before D, within two weeks before leaving (their request closed on the day they left).
 */
final class TicketModel {

    private static final String[] CATEGORIES = {"NO_SERVICE", "SLOW_SPEED", "BILLING", "COMPLAINT", "OTHER"};
    private static final int[] FIXED_WEIGHTS = {30, 30, 15, 15, 10};
    private static final int[] MOBILE_WEIGHTS = {15, 10, 35, 20, 20};
    private static final long WINDOW_SECONDS = 120L * 24 * 3600;
    private static final double REQUESTS_PER_MONTH = 0.002;
    private static final int REQUEST_DAYS = 60;
    private static final double STILL_OPEN = 0.25;
    /** Of those who left in the 120 days before D, this share had asked first. */
    private static final double LEAVERS_WHO_ASKED = 0.1;

    private final DemoSpec spec;

    TicketModel(DemoSpec spec) {
        this.spec = spec;
    }

    void forSubscriber(DemoSubscriber s, Consumer<TicketRow> out) {
        requestToLeave(s, out);
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

    /** A request to leave of its own random stream, so the other tickets stay as they were. */
    private void requestToLeave(DemoSubscriber s, Consumer<TicketRow> out) {
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.REQUEST, s.index());
        double chance = s.terminatedOn() != null ? LEAVERS_WHO_ASKED : REQUESTS_PER_MONTH * REQUEST_DAYS / 30.0;
        if (r.nextDouble() >= chance) {
            return;
        }
        Instant reference = spec.referenceTime();
        String category = r.nextDouble() < 0.2 ? "PORT_OUT" : "TERMINATION_REQUEST";
        Instant opened;
        Instant closed;
        if (s.terminatedOn() != null) {
            // asked, then left: the request is closed on the day the subscription ended
            Instant ended = s.terminatedOn().atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(12 * 3600);
            opened = ended.minusSeconds(3600 + r.nextLong(14L * 24 * 3600));
            closed = ended;
            if (!ended.isBefore(reference) || ended.isBefore(reference.minusSeconds(120L * 24 * 3600))) {
                return;
            }
        } else {
            opened = reference.minusSeconds(60 + r.nextLong(REQUEST_DAYS * 24L * 3600));
            // a quarter are still being worked at T; the others were answered within a week
            closed = r.nextDouble() < STILL_OPEN ? reference : opened.plusSeconds(3600 + r.nextLong(7L * 24 * 3600));
        }
        if (opened.isBefore(s.activatedOn().atStartOfDay().toInstant(ZoneOffset.UTC))) {
            return;
        }
        out.accept(new TicketRow("REQ" + (s.index() + 1), s.subscriberId(), opened, category,
                closed.isBefore(reference) ? closed : null));
    }
}
