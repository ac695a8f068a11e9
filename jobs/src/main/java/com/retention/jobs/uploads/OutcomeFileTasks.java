package com.retention.jobs.uploads;

import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.ingest.read.ImportFile;
import com.retention.jobs.imports.ImportFileInspector;
import com.retention.jobs.imports.ImportKinds;
import com.retention.jobs.ingest.parse.CellText;
import com.retention.jobs.ingest.read.RowSource;
import com.retention.jobs.ingest.read.SourceRow;
import com.retention.jobs.ingest.read.UnreadableFileException;
import com.retention.jobs.outcomes.OutcomeImport;
import com.retention.jobs.users.AppUser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads an outcome file's task ids once, a few thousand at a time, and refuses the whole file when
 * one of them is on a list the caller may not work. Unknown ids are left to the import, which
 * rejects them row by row as it does for the command line.
 */
@Component
class OutcomeFileTasks {

    private static final int BATCH = 5000;

    private final ImportKinds kinds;
    private final CallListIndex lists;

    OutcomeFileTasks(ImportKinds kinds, CallListIndex lists) {
        this.kinds = kinds;
        this.lists = lists;
    }

    public void checkAllVisible(Path file, AppUser user) {
        ImportFile inspected;
        try {
            inspected = ImportFileInspector.inspect(kinds.get(OutcomeImport.KIND), file);
        } catch (UnreadableFileException e) {
            throw new UserInputException(e.getMessage());
        }
        Set<String> batch = new LinkedHashSet<>();
        try (RowSource rows = RowSource.open(inspected.path(), inspected.format())) {
            for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                String id = CellText.of(row.cell("task_id"));
                if (id != null && !id.isBlank()) {
                    batch.add(id.strip());
                }
                if (batch.size() >= BATCH) {
                    check(batch, user);
                    batch.clear();
                }
            }
            check(batch, user);
        } catch (IOException | UnreadableFileException e) {
            throw new UserInputException("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private void check(Set<String> ids, AppUser user) {
        if (ids.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> task : lists.teamsOf(ids).entrySet()) {
            if (!user.maySeeTeam(task.getValue())) {
                throw new AccessDeniedException("task " + task.getKey() + " is on the list " + task.getValue()
                        + ", not one of yours; nothing was imported");
            }
        }
    }
}
