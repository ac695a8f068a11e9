package com.retention.jobs.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Keeps Spring Boot's analysis of a failed start (a setting that does not convert, a port in use,
 * ...) for the command line, which says it in one line instead of Boot's multi-line report (whose
 * logger is off in application.yml). The start runs on the command's thread, so a thread-local
 * carries the analysis from the reporter to {@link ApplicationContextHolder}.
 */
public final class StartupFailureReporter implements FailureAnalysisReporter {

    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    @Override
    public void report(FailureAnalysis analysis) {
        LAST.set(oneLine(analysis.getDescription()));
    }

    /** The analysis of this thread's failed start, if Boot had one; forgotten once taken. */
    static Optional<String> take() {
        String line = LAST.get();
        LAST.remove();
        return Optional.ofNullable(line);
    }

    /** The description's first line with the offending value and the reason, when it names them. */
    static String oneLine(String description) {
        List<String> lines = description == null ? List.of()
                : description.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "the application could not start";
        }
        String first = lines.get(0).replaceFirst(":$", "");
        String details = lines.stream().skip(1)
                .filter(l -> l.startsWith("Value:") || l.startsWith("Reason:"))
                .collect(Collectors.joining("; "));
        return Stream.of(first, details).filter(s -> !s.isEmpty()).collect(Collectors.joining(": "));
    }
}
