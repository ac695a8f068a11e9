package com.retention.jobs.delivery;

/** What one delivery run of a channel did. */
public record DeliveryCounts(String channel, int submitted, int retried, int refused, int failed, int unknown,
                             int held, int receipts) {

    public static DeliveryCounts none(String channel) {
        return new DeliveryCounts(channel, 0, 0, 0, 0, 0, 0, 0);
    }

    public String line() {
        return String.format("%s: submitted %d, retry later %d, refused %d, failed %d, unconfirmed %d, "
                + "outside the window %d, receipts %d", channel, submitted, retried, refused, failed, unknown, held,
                receipts);
    }
}
