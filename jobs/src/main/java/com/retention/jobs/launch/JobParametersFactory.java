package com.retention.jobs.launch;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The business date is the identifying parameter: the same date is the same job instance, so a
 * second start of a failed date restarts it instead of starting a duplicate.
 */
public final class JobParametersFactory {

    public static final String DATE = "date";
    public static final String AT = "at";
    public static final String RERUN = "rerun";

    private JobParametersFactory() {
    }

    public static JobParameters of(LocalDate date, Instant at, Long rerun) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(DATE, date, true);
        if (at != null) {
            builder.addString(AT, at.toString(), true);
        }
        if (rerun != null) {
            builder.addLong(RERUN, rerun, true);
        }
        return builder.toJobParameters();
    }

    /** The business day a running job works on, as its step-scoped beans see it. */
    public static BusinessDay businessDay(JobParameters parameters, OperatorProperties operator) {
        LocalDate date = parameters.getLocalDate(DATE);
        String at = parameters.getString(AT);
        BusinessDay nightly = BusinessDay.nightly(date, operator.timezone());
        return at == null ? nightly : new BusinessDay(date, Instant.parse(at), operator.timezone());
    }
}
