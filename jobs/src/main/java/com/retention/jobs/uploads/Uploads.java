package com.retention.jobs.uploads;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.imports.ImportKinds;
import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.imports.UploadStore;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.outcomes.OutcomeImport;
import com.retention.jobs.users.AppUser;
import java.nio.file.Path;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file uploaded over HTTP (the API or the console), imported as {@code retention import KIND FILE}
 * imports it: kept in the upload store, imported by the import command's service, one audit row.
 * Worked outcome files are first checked to hold only tasks of the uploader's lists. A refusal names
 * the file as the user named it, not as the store keeps it.
 */
@Service
public class Uploads {

    private final ImportService imports;
    private final ImportKinds kinds;
    private final UploadStore store;
    private final OutcomeFileTasks fileTasks;
    private final AuditLog audit;
    private final JobLaunchService launcher;

    Uploads(ImportService imports, ImportKinds kinds, UploadStore store, OutcomeFileTasks fileTasks, AuditLog audit,
            JobLaunchService launcher) {
        this.imports = imports;
        this.kinds = kinds;
        this.store = store;
        this.fileTasks = fileTasks;
        this.audit = audit;
        this.launcher = launcher;
    }

    /** Any kind but outcomes (those are checked against the uploader's lists: {@link #importOutcomes}). */
    public ImportSummary importFile(String kind, MultipartFile file, boolean rerun) {
        if (kind.equals(OutcomeImport.KIND)) {
            throw new UserInputException("outcomes are checked against your lists: post them to /api/outcomes, or"
                    + " upload them on the console's Call lists page");
        }
        kinds.get(kind); // an unknown kind is refused before anything is kept
        return upload(kind, file, rerun, null, "upload import");
    }

    /** A worked workbook or a dialer file; refused whole when it holds a task of a list not the uploader's. */
    public ImportSummary importOutcomes(MultipartFile file, boolean rerun, AppUser uploader) {
        return upload(OutcomeImport.KIND, file, rerun, uploader, "upload outcomes");
    }

    private ImportSummary upload(String kind, MultipartFile file, boolean rerun, AppUser checkFor, String operation) {
        Path stored = store.store(kind, launcher.today(), file);
        try {
            if (checkFor != null && !checkFor.seesAllTeams()) {
                fileTasks.checkAllVisible(stored, checkFor);
            }
            ImportSummary summary = imports.importFile(kind, stored, rerun);
            audit.record(operation, null, null, kind, summary.read(), file.getOriginalFilename());
            return summary;
        } catch (UserInputException e) {
            String named = file.getOriginalFilename();
            if (named == null || named.isBlank() || e.getMessage() == null) {
                throw e;
            }
            throw new UserInputException(e.getMessage().replace(stored.getFileName().toString(), named), e);
        }
    }
}
