package com.retention.jobs.console;

/**
 * A step that runs now, as its last commit left it: items read so far, the rate since it started,
 * and the time left when the step knows how many items it has (scoring, offers), else null.
 */
public record RunningStep(long executionId, String job, String step, long read, double perSecond, Long total,
        Long secondsLeft) {
}
