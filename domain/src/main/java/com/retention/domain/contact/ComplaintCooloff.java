package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.time.LocalDate;
import java.util.Map;

/**
 * After a COMPLAINT on day X, no call of a campaign that {@link Campaign#restsAfterComplaint() rests}
 * through X + days - 1 (the policy's "D-6..D is a week" counting). Service calls (outage, dunning)
 * and campaigns not named there still go, and so does the save desk's SAVE call; messages are not sales calls and are left alone.
 */
final class ComplaintCooloff {

    private final int days;
    private final LocalDate businessDate;
    private final Map<String, LocalDate> lastComplaints;

    ComplaintCooloff(int days, LocalDate businessDate, Map<String, LocalDate> lastComplaints) {
        this.days = days;
        this.businessDate = businessDate;
        this.lastComplaints = lastComplaints;
    }

    boolean holds(ContactCandidate c) {
        if (c.channel() != Channel.CALL || !c.campaign().restsAfterComplaint() || c.isSave()) {
            return false;
        }
        LocalDate complained = lastComplaints.get(c.subscriberId());
        // A complaint dated after D is ignored, so a re-run of an earlier date decides as it did then.
        return complained != null && !complained.isAfter(businessDate)
                && businessDate.isBefore(complained.plusDays(days));
    }
}
