package com.retention.jobs.demo.simulation;

import com.retention.domain.outcomes.OutcomeCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Realistic outcome rates of a call centre, as a pure function of the row and a random stream:
 * about 60 % of calls reach someone (a little less on retries); a retention offer is accepted more
 * often the more it saves; dunning calls end in promises and "already paid"; a few calls find a
 * wrong number, a do-not-call request or a complaint. About 4 % of rows are left unworked.
 */
final class CallOutcomes {

    private static final String[] COMPLAINTS = {"недоволен качеством связи", "жалоба на списания",
        "=просит руководителя", "грубил оператору в прошлый раз", "-5 баллов сервису, говорит"};
    private static final String[] NOTES = {"перезвонить вечером", "думает", "обсудит с женой", "+ спросить про роуминг"};

    private CallOutcomes() {
    }

    /** The call, or null when the agent did not get to the row today. */
    static SimulatedCall work(ListedCall call, SplittableRandom random) {
        if (random.nextDouble() < 0.04) {
            return null;
        }
        ZonedDateTime at = contactTime(call, random);
        double reach = 0.62 - 0.05 * (call.attempt() - 1);
        double r = random.nextDouble();
        if (r < 0.015) {
            return simple(OutcomeCode.WRONG_NUMBER, at, 10 + random.nextInt(30));
        }
        if (r > reach) {
            double miss = random.nextDouble();
            OutcomeCode code = miss < 0.6 ? OutcomeCode.NO_ANSWER : miss < 0.8 ? OutcomeCode.BUSY : OutcomeCode.VOICEMAIL;
            return simple(code, at, code == OutcomeCode.VOICEMAIL ? 20 + random.nextInt(25) : 0);
        }
        int talk = talkSeconds(random);
        double special = random.nextDouble();
        if (special < 0.01) {
            return simple(OutcomeCode.DO_NOT_CALL, at, 15 + random.nextInt(40));
        }
        if (special < 0.025) {
            return new SimulatedCall(OutcomeCode.COMPLAINT, at, talk, null, null, null,
                    COMPLAINTS[random.nextInt(COMPLAINTS.length)]);
        }
        return switch (call.campaign()) {
            case "DUNNING" -> dunning(call, at, talk, random);
            case "OUTAGE" -> random.nextDouble() < 0.93 ? simple(OutcomeCode.NOTIFIED, at, talk) : callback(at, talk, random);
            default -> sale(call, at, talk, random);
        };
    }

    private static SimulatedCall sale(ListedCall call, ZonedDateTime at, int talk, SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.08) {
            return callback(at, talk, random);
        }
        if (call.offerTariff() != null && random.nextDouble() < acceptRate(call.monthlySaving())) {
            return simple(OutcomeCode.ACCEPTED, at, talk + 60);
        }
        String note = random.nextDouble() < 0.1 ? NOTES[random.nextInt(NOTES.length)] : null;
        return new SimulatedCall(OutcomeCode.DECLINED, at, talk, null, null, null, note);
    }

    /** 12 % for an upgrade that saves nothing, rising with the saving to 55 % at 500 a month and more. */
    static double acceptRate(BigDecimal monthlySaving) {
        double saving = monthlySaving == null ? 0 : Math.max(0, monthlySaving.doubleValue());
        return 0.12 + 0.43 * Math.min(1.0, saving / 500.0);
    }

    private static SimulatedCall dunning(ListedCall call, ZonedDateTime at, int talk, SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.45) {
            BigDecimal amount = call.overdueAmount() == null ? null : call.overdueAmount().setScale(2, RoundingMode.HALF_UP);
            return new SimulatedCall(OutcomeCode.PROMISE_TO_PAY, at, talk, null, call.day().plusDays(1 + random.nextInt(7)),
                    amount, null);
        }
        if (r < 0.70) {
            return simple(OutcomeCode.PAID, at, talk);
        }
        if (r < 0.80) {
            return callback(at, talk, random);
        }
        return simple(OutcomeCode.NOTIFIED, at, talk);
    }

    private static SimulatedCall callback(ZonedDateTime at, int talk, SplittableRandom random) {
        ZonedDateTime when = at.plusDays(1).withHour(10 + random.nextInt(8)).withMinute(random.nextBoolean() ? 0 : 30);
        return new SimulatedCall(OutcomeCode.CALLBACK, at, talk, when, null, null, null);
    }

    private static SimulatedCall simple(OutcomeCode code, ZonedDateTime at, int talk) {
        return new SimulatedCall(code, at, talk, null, null, null, null);
    }

    /** Log-normal around two minutes, 20 s to 20 min. */
    private static int talkSeconds(SplittableRandom random) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return (int) Math.max(20, Math.min(1200, Math.exp(Math.log(120) + 0.7 * gaussian)));
    }

    /** A minute inside the subscriber's calling window of the list day, in their zone. */
    private static ZonedDateTime contactTime(ListedCall call, SplittableRandom random) {
        int from = call.windowStart().toSecondOfDay() / 60;
        int to = Math.max(from + 1, call.windowEnd().toSecondOfDay() / 60 - 10);
        LocalTime time = LocalTime.ofSecondOfDay(60L * (from + random.nextInt(to - from)));
        return call.day().atTime(time).atZone(call.zone());
    }
}
