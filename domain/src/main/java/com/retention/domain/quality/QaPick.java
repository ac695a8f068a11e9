package com.retention.domain.quality;

/** A call in the quality sample, and why it was picked. */
public record QaPick(QaCall call, Reason reason) {

    public enum Reason {
        /** The call ended in a complaint: every one is listened to first. */
        COMPLAINT,
        /** Rated by the subscriber: the lowest ratings next. */
        CSAT,
        /** Drawn at random (stably: the same month gives the same draw). */
        RANDOM
    }
}
