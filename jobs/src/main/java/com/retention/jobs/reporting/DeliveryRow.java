package com.retention.jobs.reporting;

/**
 * The notifications of one campaign, step and outage over the report's dates, and what their channels
 * made of them (README "Delivery"): submitted, delivered, failed, awaiting a receipt, not sent, and the
 * distinct subscribers a delivered notice reached.
 */
public record DeliveryRow(String campaign, String step, String outageId, long notifications, long submitted,
        long delivered, long failed, long awaiting, long notSent, long reached) {

    /** Delivered of all notifications; null when there are none. */
    public Double deliveredShare() {
        return notifications == 0 ? null : (double) delivered / notifications;
    }
}
