package com.retention.jobs.delivery;

import java.util.List;

/** What became of one attempt, as the store records it. */
public sealed interface Attempt {

    String notificationId();

    /** Accepted: the SMSC's id of each part (empty for e-mail). */
    record Accepted(String notificationId, List<String> messageIds) implements Attempt {
    }

    /** Not accepted, may be tried again (a throttled SMSC, a relay that is down). */
    record Transient(String notificationId, int attempts, String error) implements Attempt {
    }

    /** Refused for good. */
    record Refused(String notificationId, String error) implements Attempt {
    }

    /** Maybe sent, maybe not (no answer, or some parts went): never sent again, a receipt may still tell. */
    record Unknown(String notificationId, List<String> messageIds, String error) implements Attempt {
    }
}
