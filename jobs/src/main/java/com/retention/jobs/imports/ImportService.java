package com.retention.jobs.imports;

import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.BusyException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.ingest.read.ImportFile;
import com.retention.jobs.ingest.read.UnreadableFileException;
import com.retention.jobs.launch.EmptyInstances;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.launch.JobRunLock;
import com.retention.jobs.launch.StaleExecutions;
import com.retention.jobs.users.CurrentUser;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * {@code retention import KIND FILE}: inspects the file first (a file that cannot be read is refused
 * before anything is written), then starts its import job, restarts it when the same file failed
 * before, or reports that the same file was already imported. The whole run holds the file's
 * {@link ImportRunLock}: an import of the same file in another live process is refused, and one left
 * STARTED by a killed process (its lock free) is recovered and restarted from its last commit.
 */
@Service
public class ImportService {

    private final ImportKinds kinds;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final List<Job> jobs;
    private final ImportRunLock runLock;
    private final CurrentUser user;

    public ImportService(ImportKinds kinds, JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
            ImportRunLock runLock, CurrentUser user) {
        this.runLock = runLock;
        this.user = user;
        this.kinds = kinds;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
    }

    public ImportSummary importFile(String kind, Path path, boolean rerun) {
        ImportDefinition definition = kinds.get(kind);
        ImportFile file;
        try {
            file = ImportFileInspector.inspect(definition, path);
        } catch (UnreadableFileException e) {
            // No cause: the command line would print the innermost cause's message instead of ours.
            throw new UserInputException(e.getMessage());
        }
        Job job = jobs.stream().filter(j -> j.getName().equals(definition.jobName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no job " + definition.jobName()));
        JobParameters parameters = ImportJobParameters.of(definition, file, null);
        JobExecution execution = launch(job, parameters, definition, file, rerun);
        if (execution == null) {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
            return ImportSummary.of(definition.kind(), file.path(), jobRepository.getLastJobExecution(instance), true);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new JobFailedException(new JobOutcome("import " + definition.kind(), execution, false).failureLine());
        }
        return ImportSummary.of(definition.kind(), file.path(), execution, false);
    }

    /** The execution that ran, or null when this very file was imported already and no re-run was asked. */
    private JobExecution launch(Job job, JobParameters parameters, ImportDefinition definition, ImportFile file,
            boolean rerun) {
        try (JobRunLock.Held lock = runLock.tryAcquire(job.getName(), parameters)
                .orElseThrow(() -> beingImported(job, parameters, file))) {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null) {
                EmptyInstances.remove(jobRepository, job.getName(), parameters);
                return jobOperator.start(job, by(parameters));
            }
            if (last.isRunning()) {
                last = StaleExecutions.recover(jobOperator, last); // we hold the file's lock: nobody runs it
            }
            if (last.getStatus() != BatchStatus.COMPLETED) {
                return jobOperator.restart(last);
            }
            if (!rerun) {
                return null;
            }
            return jobOperator.start(job, by(ImportJobParameters.of(definition, file, System.currentTimeMillis())));
        } catch (UserInputException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("import " + definition.kind() + " could not start: " + e.getMessage(), e);
        }
    }

    /** Who imports: not identifying, so the same file imported by someone else is still the same import. */
    private JobParameters by(JobParameters parameters) {
        return new JobParametersBuilder(parameters).addString(ImportJobParameters.BY, user.login(), false)
                .toJobParameters();
    }

    private BusyException beingImported(Job job, JobParameters parameters, ImportFile file) {
        JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
        JobExecution running = instance == null ? null : jobRepository.getLastJobExecution(instance);
        String which = running == null || !running.isRunning() ? "" : " (execution " + running.getId() + ")";
        return new BusyException(file.path().getFileName() + " is being imported already in another process"
                + which + "; wait for it or see: retention jobs");
    }
}
