package com.retention.domain.delivery;

import java.util.Optional;

/**
 * Where one notification stands with its channel (README "Delivery"). SUBMITTING is the intent,
 * written and committed before the submit: a row still SUBMITTING when no delivery runs belongs to a
 * run that died between the submit and its commit, and is never submitted again (at most once).
 */
public enum DeliveryStatus {
    /** the intent: about to be submitted (or submitted by a run that died before recording it) */
    SUBMITTING,
    /** a transient failure; another attempt is due at the row's next_attempt_at */
    RETRY,
    /** accepted by the SMSC or the SMTP relay; for SMS a receipt may follow */
    SUBMITTED,
    DELIVERED,
    UNDELIVERABLE,
    EXPIRED,
    /** refused by the SMSC (a permanent error, or a REJECTD receipt) */
    REJECTED,
    /** given up: the attempts ran out, or the message could not be sent at all */
    FAILED;

    /** True when nothing will change the status any more. */
    public boolean isFinal() {
        return this == DELIVERED || this == UNDELIVERABLE || this == EXPIRED || this == REJECTED || this == FAILED;
    }

    /** Counts as a failure in the report: ended without reaching the subscriber. */
    public boolean isFailure() {
        return isFinal() && this != DELIVERED;
    }

    /**
     * The status an SMPP 3.4 delivery receipt's {@code stat:} field gives (SMPP 3.4, appendix B); empty
     * for the intermediate states (ENROUTE, ACCEPTD, UNKNOWN), which leave the notification SUBMITTED.
     */
    public static Optional<DeliveryStatus> ofReceipt(String stat) {
        if (stat == null) {
            return Optional.empty();
        }
        return switch (stat.trim().toUpperCase()) {
            case "DELIVRD" -> Optional.of(DELIVERED);
            case "UNDELIV" -> Optional.of(UNDELIVERABLE);
            case "EXPIRED" -> Optional.of(EXPIRED);
            case "REJECTD" -> Optional.of(REJECTED);
            case "DELETED" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }

    /**
     * A message of several parts: DELIVERED when every part is, else the first part's failure; empty
     * while some part has no final receipt and none failed.
     */
    public static Optional<DeliveryStatus> ofParts(java.util.List<DeliveryStatus> parts, int expected) {
        for (DeliveryStatus part : parts) {
            if (part.isFailure()) {
                return Optional.of(part);
            }
        }
        long delivered = parts.stream().filter(p -> p == DELIVERED).count();
        return delivered >= expected ? Optional.of(DELIVERED) : Optional.empty();
    }
}
