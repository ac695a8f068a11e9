package com.retention.jobs.quality;

import java.time.OffsetDateTime;

/** One line of the quality sample's files. */
public record SampleFileRow(String team, String taskId, String agent, String subscriberId, String phone,
        OffsetDateTime contactedAt, String campaign, String step, String outcome, Integer talkSeconds, Integer csat,
        String note, String reason) {
}
