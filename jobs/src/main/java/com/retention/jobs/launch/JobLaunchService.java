package com.retention.jobs.launch;

import com.retention.jobs.errors.BusyException;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts a job for a business date the safe way: a failed date restarts from where it stopped, a
 * running one is refused, a completed one is left alone unless a re-run is asked for. "Running" is
 * decided across processes by {@link JobRunLock}: an execution marked STARTED whose lock is free was
 * left by a killed process and is recovered, then restarted.
 */
@Service
public class JobLaunchService {

    private static final Logger log = LoggerFactory.getLogger(JobLaunchService.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final OperatorProperties operator;
    private final Map<String, Job> jobsByName;
    private final JobRunLock runLock;
    private final Clock clock;
    private final JobHistory history;
    private final ExecutionRunLock executionLocks;
    private final List<StartGuard> startGuards;

    public JobLaunchService(JobOperator jobOperator, JobRepository jobRepository, OperatorProperties operator,
            List<Job> jobs, JobRunLock runLock, Clock clock, JobHistory history, ExecutionRunLock executionLocks,
            List<StartGuard> startGuards) {
        this.executionLocks = executionLocks;
        this.startGuards = List.copyOf(startGuards);
        this.history = history;
        this.runLock = runLock;
        this.clock = clock;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.operator = operator;
        this.jobsByName = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    /** The monthly quality sample: its date is the first day of its month. */
    public static final String MONTHLY_QA = "qa-sample";

    /** The jobs {@code run} starts for a date: the nightly flow and its steps (imports have their own door). */
    public static final List<String> DATED_JOBS = List.of("nightly", "scoring", "offers", "dunning", "outages",
            "call-lists", "report", "deliver", MONTHLY_QA);

    /** Refuses a name that is not one of {@link #DATED_JOBS}. */
    public void checkDatedJob(String jobName) {
        if (!DATED_JOBS.contains(jobName)) {
            throw new NotFoundException("unknown job '" + jobName + "'; jobs: " + String.join(", ", DATED_JOBS));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(operator.timezone()));
    }

    /** {@code 2026-11-22T14:30} in the operator's zone, or an instant with an offset. */
    public Instant parseReferenceTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(operator.timezone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserInputException("--at " + text + " is not a time like 2026-11-22T14:30");
            }
        }
    }

    public JobOutcome run(String jobName, LocalDate date, Instant at, boolean rerun) {
        return launch(jobName, date, at, rerun ? Mode.RERUN : Mode.RESUME);
    }

    /**
     * Runs the job of D anew over data that was just replaced (demo, bench): an unfinished earlier run
     * of D is abandoned, not resumed, since the position it committed means nothing in the new data.
     */
    public JobOutcome runAfresh(String jobName, LocalDate date, Instant at) {
        return launch(jobName, date, at, Mode.AFRESH);
    }

    /** RESUME: restart a failed run, skip a completed one; RERUN: also run a completed one again. */
    private enum Mode { RESUME, RERUN, AFRESH }

    private JobOutcome launch(String jobName, LocalDate date, Instant at, Mode mode) {
        Job job = jobsByName.get(jobName);
        if (job == null) {
            throw new NotFoundException("unknown job '" + jobName + "'; jobs: " + String.join(", ", jobsByName.keySet()));
        }
        JobParameters parameters = JobParametersFactory.of(date, at, null);
        try (JobRunLock.Held lock = runLock.tryAcquire(jobName, date, at)
                .orElseThrow(() -> alreadyRunning(jobName, date, parameters))) {
            // The latest run of this job and date decides, whichever re-run it was.
            JobExecution last = history.latestExecutionId(jobName, date, at)
                    .map(jobRepository::getJobExecution).orElse(null);
            if (last != null && last.isRunning()) {
                last = StaleExecutions.recover(jobOperator, last);
            }
            if (mode == Mode.AFRESH && last != null && last.getStatus() != BatchStatus.COMPLETED) {
                if (last.getStatus() != BatchStatus.ABANDONED) {
                    log.info("abandoning unfinished execution {} of {} for {}: its data was replaced", last.getId(),
                            jobName, date);
                    jobOperator.abandon(last);
                }
                return outcome(jobName, jobOperator.start(job,
                        JobParametersFactory.of(date, at, System.currentTimeMillis())));
            }
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                if (mode == Mode.RESUME) {
                    return new JobOutcome(jobName, last, true);
                }
                startGuards.forEach(guard -> guard.checkStart(jobName, date, at));
                JobParameters again = JobParametersFactory.of(date, at, System.currentTimeMillis());
                return outcome(jobName, jobOperator.start(job, again));
            }
            if (last != null) {
                return outcome(jobName, jobOperator.restart(last));
            }
            startGuards.forEach(guard -> guard.checkStart(jobName, date, at));
            EmptyInstances.remove(jobRepository, jobName, parameters);
            return outcome(jobName, jobOperator.start(job, parameters));
        } catch (UserInputException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(jobName + " for " + date + " could not start: " + e.getMessage(), e);
        }
    }

    private BusyException alreadyRunning(String jobName, LocalDate date, JobParameters parameters) {
        JobExecution running = jobRepository.getLastJobExecution(jobName, parameters);
        if (running == null || !running.isRunning()) {
            // the day lock (JobRunLock): the night of that date and its single jobs exclude each other
            return new BusyException(jobName + " for " + date + " cannot start while the nightly flow of that date"
                    + " runs, or the night while one of its jobs runs, in another process; wait for it or see: retention jobs");
        }
        return new BusyException(jobName + " for " + date + " is already running in another process (execution "
                + running.getId() + ", started " + running.getStartTime() + "); wait for it or see: retention jobs");
    }


    /** Restarts a failed or stopped execution from its last commit. */
    public JobOutcome restart(long executionId) {
        JobExecution execution = JobExecutions.find(jobRepository, executionId)
                .orElseThrow(() -> new NotFoundException("no job execution " + executionId + "; see: retention jobs"));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new UserInputException("execution " + executionId + " already completed; nothing to restart");
        }
        String jobName = execution.getJobInstance().getJobName();
        // the lock it ran under (its date's, or its file's for an import): held means it runs elsewhere
        Optional<JobRunLock.Held> lock = executionLocks.hasLock(execution) ? executionLocks.tryAcquire(execution)
                : Optional.of(() -> { }); // started by hand with other parameters: no lock to tell
        if (lock.isEmpty()) {
            throw new BusyException("execution " + executionId + " of " + jobName
                    + " is still running in another process; wait for it or see: retention jobs");
        }
        try (JobRunLock.Held held = lock.get()) {
            JobExecution now = jobRepository.getJobExecution(executionId); // as it is now that nobody else can change it
            if (now.isRunning() && !executionLocks.hasLock(now)) {
                throw new BusyException("execution " + executionId + " is still running");
            }
            JobExecution stopped = now.isRunning() ? StaleExecutions.recover(jobOperator, now) : now;
            return outcome(jobName, jobOperator.restart(stopped));
        } catch (UserInputException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("execution " + executionId + " could not restart: " + e.getMessage(), e);
        }
    }

    /**
     * The outcome of a run that ended; for a night that failed in one of its jobs (its steps are named
     * after them), that job's own failure, from its latest run since the night started.
     */
    private JobOutcome outcome(String jobName, JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return new JobOutcome(jobName, execution, false);
        }
        String inner = execution.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED && jobsByName.containsKey(step.getStepName()))
                .map(step -> jobRepository.getLastJobInstance(step.getStepName()))
                .filter(java.util.Objects::nonNull)
                .map(jobRepository::getLastJobExecution)
                .filter(run -> run != null && run.getStatus() == BatchStatus.FAILED && run.getStartTime() != null
                        && execution.getStartTime() != null && !run.getStartTime().isBefore(execution.getStartTime()))
                .map(run -> run.getJobInstance().getJobName() + ": " + JobOutcome.rootCause(run))
                .findFirst().orElse(null);
        return new JobOutcome(jobName, execution, false, inner);
    }

    /** A run as it stands now, for {@code GET /api/runs/{id}}. */
    public RunDetail detail(long executionId) {
        JobExecution execution = JobExecutions.find(jobRepository, executionId)
                .orElseThrow(() -> new NotFoundException("no job execution " + executionId + "; see: retention jobs"));
        return RunDetail.of(outcome(execution.getJobInstance().getJobName(), execution));
    }

    public java.util.Set<String> jobNames() {
        return jobsByName.keySet();
    }
}
