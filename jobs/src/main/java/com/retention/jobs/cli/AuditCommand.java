package com.retention.jobs.cli;

import com.retention.jobs.audit.AuditEntry;
import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.OperatorProperties;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Who downloaded or uploaded personal data through the HTTP API, newest first"
                + " (times in the operator's time zone).")
public class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "How many rows (default 50).")
    int limit;

    @Option(names = "--login", paramLabel = "L", description = "Only this login's rows.")
    String login;

    @Option(names = "--date", paramLabel = "D", description = "Only rows about business date D.")
    LocalDate date;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserInputException("--limit must be at least 1 (got " + limit + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<AuditEntry> entries = root.spring().bean(AuditLog.class).recent(limit, login, date);
        if (entries.isEmpty()) {
            out.println("no audit rows" + (login != null || date != null ? " for this filter" : " yet"));
            return ExitCodes.OK;
        }
        OperatorProperties operator = root.spring().bean(OperatorProperties.class);
        out.println(String.format("%-19s  %-16s %-18s %-10s %-16s %-10s %8s  %s",
                "at", "login", "operation", "date", "team", "kind", "rows", "detail"));
        for (AuditEntry e : entries) {
            out.println(String.format("%-19s  %-16s %-18s %-10s %-16s %-10s %8d  %s",
                    e.at().atZoneSameInstant(operator.timezone()).format(AT), e.login(), e.operation(),
                    dash(e.businessDate()), dash(e.team()), dash(e.kind()), e.rows(), e.detail() == null ? "" : e.detail()));
        }
        return ExitCodes.OK;
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
