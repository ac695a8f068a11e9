package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} running on a RETENTION_HOME while other commands work on the same home at the same
 * time: two imports of different kinds, an export, {@code jobs} and an intraday outage run. Each
 * succeeds, and serve is still healthy afterwards.
 */
class ServeWithCommandsIT extends OnACopiedHome {

    @Test
    void importsExportJobsAndOutagesSucceedWhileServeRuns() throws IOException {
        Path imports = Files.createDirectories(dir.resolve("import"));
        Path tickets = Files.copy(fixture.importFile("tickets.csv"), imports.resolve("tickets.csv"));
        Path dnc = Files.copy(fixture.importFile("dnc.csv"), imports.resolve("dnc.csv"));
        Serve serve = Serve.start(retention, dir.resolve("out"), dir.resolve("inbox")).awaitReady();

        Map<String, RetentionProcess> commands = new LinkedHashMap<>();
        commands.put("import tickets", retention.start("import", "tickets", tickets.toString()));
        commands.put("import dnc", retention.start("import", "dnc", dnc.toString()));
        commands.put("export scores", retention.start("export", "scores", "--date", fixture.demoDate.toString(),
                "--out", dir.resolve("export").toString()));
        commands.put("jobs", retention.start("jobs"));
        commands.put("run outages --at", retention.start("run", "outages", "--date", fixture.demoDate.toString(),
                "--at", fixture.demoDate + "T14:30", "--retention.output=" + dir.resolve("out")));

        StringBuilder failures = new StringBuilder();
        for (Map.Entry<String, RetentionProcess> command : commands.entrySet()) {
            int exit = command.getValue().awaitExit(Retention.COMMAND_TIMEOUT);
            if (exit != 0) {
                failures.append("\n").append(command.getKey()).append(" exited ").append(exit).append(": ")
                        .append(String.join(" | ", command.getValue().stderrLines()));
            }
        }
        assertEquals("", failures.toString(), "commands beside a running serve on the same home");
        assertTrue(commands.get("import tickets").stdoutText().matches("(?s).*read \\d+, loaded \\d+, rejected \\d+.*"),
                commands.get("import tickets").tails());
        assertTrue(Files.isRegularFile(dir.resolve("export").resolve("exports").resolve(fixture.demoDate.toString())
                .resolve("scores.csv")), "export scores wrote no exports/D/scores.csv");
        assertTrue(serve.process().isAlive(), "serve ended while the commands ran:\n" + serve.process().tails());
        assertEquals(200, serve.get("/actuator/health").statusCode(), "serve's health after the commands");
        List<String> serveErrors = serve.process().stdoutLines().stream().filter(l -> l.contains(" ERROR ")).toList();
        assertEquals(List.of(), serveErrors, "errors in serve's log");
    }
}
