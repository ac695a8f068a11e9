package com.retention.jobs.calllists.files;

import com.retention.jobs.csv.CsvColumn;
import com.retention.jobs.csv.CsvFileWriter;
import com.retention.jobs.delivery.dialer.VicidialLeadFile;
import com.retention.jobs.exports.OutputExporter;
import com.retention.jobs.spreadsheet.CallListFile;
import com.retention.jobs.spreadsheet.CallListRow;
import com.retention.jobs.spreadsheet.CallListWorkbookWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code export call-lists}: {@code call-lists/D/<team>.xlsx} for every list with tasks and
 * {@code call-lists/D/dialer.csv} (and {@code dialer-vicidial.txt}), in one pass over D's call tasks in team and rank order (each
 * team's rows feed its workbook and the dialer file as they stream by). Workbooks of lists that no
 * longer have tasks on D are removed, so the folder always matches the database.
 */
@Component
public class CallListExporter implements OutputExporter {

    static final List<CsvColumn> DIALER = List.of(
            CsvColumn.safe("task_id"), CsvColumn.text("subscriber_id"), CsvColumn.safe("phone"),
            CsvColumn.safe("priority"), CsvColumn.safe("earliest_utc"), CsvColumn.safe("latest_utc"),
            CsvColumn.text("campaign"), CsvColumn.text("step"), CsvColumn.text("team"));

    private final SqlSessionFactory sessions;
    private final CallListWorkbookWriter workbooks = new CallListWorkbookWriter();
    private final VicidialLeadFile vicidial;

    public CallListExporter(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions,
            VicidialLeadFile vicidial) {
        this.sessions = sessions;
        this.vicidial = vicidial;
    }

    @Override
    public String what() {
        return "call-lists";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        write(date, outDir);
    }

    /** @return call tasks written (each is one dialer line and one workbook row) */
    public long write(LocalDate date, Path outDir) {
        Path folder = outDir.resolve("call-lists").resolve(date.toString());
        Set<Path> workbookPaths = new HashSet<>();
        try (SqlSession session = sessions.openSession();
             Cursor<CallTaskLine> cursor = session.getMapper(FilesMapper.class).callTasks(date, null);
             CsvFileWriter dialer = CsvFileWriter.open(folder.resolve("dialer.csv"), DIALER)) {
            Peeking lines = new Peeking(cursor.iterator());
            while (lines.hasNext()) {
                String team = lines.peek().team();
                Path path = CallListWorkbookWriter.pathFor(outDir, date, team).toAbsolutePath();
                if (!workbookPaths.add(path)) {
                    throw new IllegalStateException("two call lists of " + date + " share the file name " + path.getFileName()
                            + " (team names that differ only in characters a file name cannot hold): rename one");
                }
                CallListFile file = workbooks.write(outDir, date, team, new TeamRows(lines, team, dialer));
                workbookPaths.add(file.path().toAbsolutePath());
            }
            dialer.commit();
            // beside dialer.csv, the same tasks as a VICIdial lead file (README "Delivery")
            vicidial.write(date, folder);
            removeStaleWorkbooks(folder, workbookPaths);
            return dialer.rows();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write call lists of " + date + ": " + e.getMessage(), e);
        }
    }

    private static void removeStaleWorkbooks(Path folder, Set<Path> keep) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xlsx")) {
            for (Path file : files) {
                if (!keep.contains(file.toAbsolutePath())) {
                    Files.delete(file);
                }
            }
        }
    }

    /** One team's rows of the shared stream; each row taken also goes to the dialer file. */
    private record TeamRows(Peeking lines, String team, CsvFileWriter dialer) implements Iterator<CallListRow> {

        @Override
        public boolean hasNext() {
            return lines.hasNext() && team.equals(lines.peek().team());
        }

        @Override
        public CallListRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CallTaskLine line = lines.next();
            dialer.writeRow(line.taskId, line.subscriberId, line.phone, line.priority, line.earliestUtc,
                    line.latestUtc, line.campaign, line.step, line.team);
            return line.toRow();
        }
    }

    private static final class Peeking implements Iterator<CallTaskLine> {
        private final Iterator<CallTaskLine> source;
        private CallTaskLine next;

        Peeking(Iterator<CallTaskLine> source) {
            this.source = source;
        }

        CallTaskLine peek() {
            if (next == null) {
                next = source.next();
            }
            return next;
        }

        @Override
        public boolean hasNext() {
            return next != null || source.hasNext();
        }

        @Override
        public CallTaskLine next() {
            CallTaskLine line = peek();
            next = null;
            return line;
        }
    }
}
