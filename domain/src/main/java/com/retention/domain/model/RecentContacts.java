package com.retention.domain.model;

import com.retention.domain.outcomes.OutcomeCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * A subscriber's contacts and their outcomes in the lookback before business date D, as the learned
 * model's features count them (README, "Learned churn model"): the calls listed in [D - lookback, D),
 * of those the outcomes whose contact day (the operator's date of contacted_at, else the list date) is
 * before D, by kind, and the notices (SMS, e-mail) of [D - lookback, D). Nothing of D itself: the
 * scoring job of D runs before that night's lists and notices, so a training snapshot at D sees what
 * the scoring job saw then. The facts query counts the same in SQL (pinned by a test).
 */
public record RecentContacts(int calls, int reached, int accepted, int declined, int complaints, int promisesToPay,
                             int notices) {

    public static final RecentContacts NONE = new RecentContacts(0, 0, 0, 0, 0, 0, 0);

    /** A listed call: its list date and, when it came back, its outcome and the operator's date of contacted_at (may be null). */
    public record Call(LocalDate listedOn, OutcomeCode outcome, LocalDate contactedOn) {

        /** The contact day: the date of contacted_at, else the list date. */
        public LocalDate contactDay() {
            return contactedOn != null ? contactedOn : listedOn;
        }
    }

    /** The first day of D's window: D - lookback days. */
    public static LocalDate windowStart(LocalDate d, int lookbackDays) {
        return d.minusDays(lookbackDays);
    }

    static boolean inWindow(LocalDate day, LocalDate d, int lookbackDays) {
        return !day.isBefore(windowStart(d, lookbackDays)) && day.isBefore(d);
    }

    /** The outcome codes that count as reached ({@link OutcomeCode#reachedSubscriber}), as the SQL binds them. */
    public static String[] reachedCodes() {
        return Arrays.stream(OutcomeCode.values()).filter(OutcomeCode::reachedSubscriber).map(Enum::name)
                .toArray(String[]::new);
    }

    public static RecentContacts of(Collection<Call> calls, Collection<LocalDate> noticesOn, LocalDate d, int lookbackDays) {
        int listed = 0;
        int reached = 0;
        int accepted = 0;
        int declined = 0;
        int complaints = 0;
        int promises = 0;
        for (Call call : calls) {
            if (!inWindow(call.listedOn(), d, lookbackDays)) {
                continue;
            }
            listed++;
            OutcomeCode outcome = call.outcome();
            if (outcome == null || !call.contactDay().isBefore(d)) {
                continue;
            }
            reached += outcome.reachedSubscriber() ? 1 : 0;
            accepted += outcome == OutcomeCode.ACCEPTED ? 1 : 0;
            declined += outcome == OutcomeCode.DECLINED ? 1 : 0;
            complaints += outcome == OutcomeCode.COMPLAINT ? 1 : 0;
            promises += outcome == OutcomeCode.PROMISE_TO_PAY ? 1 : 0;
        }
        int notices = (int) noticesOn.stream().filter(day -> inWindow(day, d, lookbackDays)).count();
        return new RecentContacts(listed, reached, accepted, declined, complaints, promises, notices);
    }
}
