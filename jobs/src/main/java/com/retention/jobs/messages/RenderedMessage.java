package com.retention.jobs.messages;

import com.retention.domain.messages.SmsSegments;

/**
 * A rendered text and the template it came from ({@code messages/ru/INCIDENT.ftl}), as the
 * outbox's {@code template} and {@code text} columns carry them. The text is plain: it is
 * neutralised against formulas only where it is written to a CSV or a workbook.
 */
public record RenderedMessage(String template, String text) {

    /** SMS parts the text is sent in (the outbox's {@code segments} column). */
    public int segments() {
        return SmsSegments.segments(text);
    }
}
