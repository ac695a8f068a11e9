package com.retention.jobs.demo;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Monthly usage for the full months before D (six of them, fewer for new subscribers): the
 * subscriber's habits ±15 %, now and then an add-on or roaming charge, a pro-rated first month,
 * and for "droppers" a last month with a voluntary block (fee 30-55 %) and a third of the usage,
 * so money charged falls by 45 % or more.
 */
final class UsageModel {

    static final int MONTHS = 6;

    private final DemoSpec spec;
    private final YearMonth first;
    private final YearMonth last;

    UsageModel(DemoSpec spec) {
        this.spec = spec;
        this.last = YearMonth.from(spec.date()).minusMonths(1);
        this.first = last.minusMonths(MONTHS - 1);
    }

    YearMonth firstMonth() {
        return first;
    }

    void forSubscriber(DemoSubscriber s, Consumer<UsageRow> out) {
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.USAGE, s.index());
        YearMonth activated = YearMonth.from(s.activatedOn());
        YearMonth end = s.terminatedOn() == null ? last : YearMonth.from(s.terminatedOn());
        DemoTariff tariff = s.tariff();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            double factor = 0.85 + r.nextDouble() * 0.3;
            double addOn = r.nextDouble() < 0.12 && tariff.mobile() ? 50 + r.nextInt(250) : 0;
            if (m.isBefore(activated) || m.isAfter(end)) {
                continue;
            }
            double share = 1;
            if (m.equals(activated)) {
                share = (m.lengthOfMonth() - s.activatedOn().getDayOfMonth() + 1) / (double) m.lengthOfMonth();
            }
            if (s.dropper() && m.equals(last)) {
                factor *= 0.33;
                share = 0.30 + r.nextDouble() * 0.25;
                addOn = 0;
            }
            double minutes = round(s.minutes() * factor * share, 1);
            double sms = Math.floor(s.sms() * factor * share);
            double data = round(s.dataGb() * factor * share, 1000);
            long fee = Math.round(tariff.monthlyFee() * 100 * share);
            long charged = tariff.costKopecks(minutes, sms, data) - tariff.monthlyFee() * 100L + fee
                    + Math.round(addOn * 100);
            out.accept(new UsageRow(s.subscriberId(), m.atDay(1), charged, minutes, sms, data));
        }
    }

    /** Kopecks charged per month index (0 = first month) for one subscriber. */
    long[] charges(DemoSubscriber s) {
        long[] charges = new long[MONTHS];
        forSubscriber(s, row -> charges[(int) first.until(YearMonth.from(row.month()), ChronoUnit.MONTHS)]
                += row.chargedKopecks());
        return charges;
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
