package com.retention.jobs.imports;

import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.launch.JobExecutions;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Who imported what and when, with the counts: the import jobs' runs in the job repository. */
@Service
public class ImportHistory {

    public record Entry(long executionId, String kind, String file, String by, String status, LocalDateTime start,
            LocalDateTime end, long read, long loaded, long rejected, long notWorkedYet) {
    }

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    public ImportHistory(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /** The newest imports first (a restarted one once per run). */
    public List<Entry> recent(int limit) {
        List<Long> ids = jdbc.queryForList("""
                SELECT e.job_execution_id FROM batch_job_execution e
                JOIN batch_job_execution_params k ON k.job_execution_id = e.job_execution_id
                     AND k.parameter_name = ?
                ORDER BY e.job_execution_id DESC LIMIT ?
                """, Long.class, ImportJobParameters.KIND, limit);
        return ids.stream().map(jobRepository::getJobExecution).filter(Objects::nonNull).map(ImportHistory::entry).toList();
    }

    /** What an import did, or 404 when the execution is not an import. */
    public ImportSummary summary(long executionId) {
        JobExecution execution = JobExecutions.find(jobRepository, executionId).orElse(null);
        String kind = execution == null ? null : execution.getJobParameters().getString(ImportJobParameters.KIND);
        if (kind == null) {
            throw new NotFoundException("no import " + executionId + "; see: GET /api/imports");
        }
        return ImportSummary.of(kind, Path.of(execution.getJobParameters().getString(ImportJobParameters.FILE)),
                execution, false);
    }

    private static Entry entry(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        ImportSummary s = ImportSummary.of(p.getString(ImportJobParameters.KIND),
                Path.of(p.getString(ImportJobParameters.FILE)), execution, false);
        return new Entry(execution.getId(), s.kind(), s.file().getFileName().toString(),
                p.getString(ImportJobParameters.BY), execution.getStatus().name(), execution.getStartTime(),
                execution.getEndTime(), s.read(), s.loaded(), s.rejected(), s.notWorked());
    }
}
