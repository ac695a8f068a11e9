package com.retention.jobs.calllists.files;

/** One notification of D, in the columns of {@code notifications/D/outbox.csv}. */
public class OutboxLine {
    String notificationId;
    String subscriberId;
    String channel;
    String toAddress;
    String campaign;
    String step;
    String outageId;
    String template;
    String text;
    int segments;
}
