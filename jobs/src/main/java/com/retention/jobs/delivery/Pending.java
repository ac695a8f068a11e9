package com.retention.jobs.delivery;

/**
 * A notification due for an attempt: never tried, or a RETRY whose time has come.
 *
 * @param language the template's language ({@code messages/ru/PAYMENT_DUE.ftl}: ru)
 * @param zone     the subscriber's area zone, null when the area has none
 */
public record Pending(String notificationId, String address, String campaign, String step, String language,
                      String text, int segments, String zone, int attempts) {
}
