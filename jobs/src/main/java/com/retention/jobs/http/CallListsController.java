package com.retention.jobs.http;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.delivery.dialer.VicidialLeadFile;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The lists of a date, the caller's only: a supervisor or an agent sees their teams' lists, a
 * personal manager their own VIP list, an administrator all. The files are the ones the night wrote.
 */
@RestController
@RequestMapping("/api/call-lists/{date}")
class CallListsController {

    private final CallListIndex index;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Path outDir;

    CallListsController(CallListIndex index, CurrentUser user, AuditLog audit, OutputProperties output) {
        this.index = index;
        this.user = user;
        this.audit = audit;
        this.outDir = output.output();
    }

    @GetMapping
    List<CallListIndex.ListCounts> lists(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        AppUser me = user.get();
        return index.lists(date, me.seesAllTeams() ? null : me.visibleTeams());
    }

    @GetMapping("/{team}.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String team) {
        AppUser me = user.get();
        if (!me.maySeeTeam(team)) {
            throw new AccessDeniedException("the list " + team + " is not one of yours");
        }
        CallListIndex.Workbook workbook = index.workbook(date, team, outDir)
                .orElseThrow(() -> new NotFoundException("no call list " + team + " on " + date));
        Path file = workbook.file();
        audit.record("download call-list", date, team, "xlsx", workbook.tasks(), file.getFileName().toString());
        return Downloads.of(file, file.getFileName().toString());
    }

    /** The dialer file: whole for an administrator, else only the rows of the caller's lists. */
    @GetMapping("/dialer.csv")
    ResponseEntity<StreamingResponseBody> dialer(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return callersRows(date, "dialer.csv", "dialer-" + date + ".csv", "csv", CallListsController::copyRows);
    }

    /**
     * The day's VICIdial lead file: whole for an administrator, else only the leads of the caller's lists
     * (its last column, {@code owner}, is the list). Written beside {@code dialer.csv}, so the same freshness.
     */
    @GetMapping("/" + VicidialLeadFile.FILE)
    ResponseEntity<StreamingResponseBody> vicidial(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return callersRows(date, VicidialLeadFile.FILE, "dialer-vicidial-" + date + ".txt", "vicidial",
                CallListsController::copyLeads);
    }

    /** Copies from one of the day's dialer files the rows {@code me} may see; returns how many. */
    private interface RowCopy {
        long copy(Path from, Path to, AppUser me) throws IOException;
    }

    /** One of the day's dialer files, cut to the caller's lists in a folder of its own, audited and sent. */
    private ResponseEntity<StreamingResponseBody> callersRows(LocalDate date, String fileName, String sentAs,
            String kind, RowCopy rows) {
        AppUser me = user.get();
        Path file = index.dialerFile(date, outDir)
                .orElseThrow(() -> new NotFoundException("no call lists on " + date))
                .resolveSibling(fileName);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("retention-dialer-");
            Path mine = folder.resolve(fileName);
            long copied = rows.copy(file, mine, me);
            audit.record("download dialer", date, me.seesAllTeams() ? null : String.join(",", me.visibleTeams()),
                    kind, copied, fileName);
            return Downloads.of(mine, sentAs, folder);
        } catch (IOException e) {
            if (folder != null) {
                FileSystemUtils.deleteRecursively(folder.toFile());
            }
            throw new UncheckedIOException("cannot read " + fileName + " of " + date + ": " + e.getMessage(), e);
        }
    }

    /** The lead file has no header; its {@code owner} column is the list. */
    private static long copyLeads(Path from, Path to, AppUser me) throws IOException {
        int owner = VicidialLeadFile.COLUMNS.indexOf("owner");
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] lead = line.split("\t", -1);
                if (lead.length > owner && me.maySeeTeam(lead[owner])) {
                    out.write(line);
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Copies the header and the rows of the lists {@code me} may see; returns the rows copied. */
    private static long copyRows(Path from, Path to, AppUser me) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        long rows = 0;
        try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format);
             Writer out = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (me.maySeeTeam(record.get("team"))) {
                    printer.printRecord(record.values());
                    rows++;
                }
            }
        }
        return rows;
    }
}
