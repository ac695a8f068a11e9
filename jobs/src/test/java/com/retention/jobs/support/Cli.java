package com.retention.jobs.support;

import com.retention.jobs.cli.RetentionCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line, as a user would, against the test database. */
public final class Cli {

    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        TestDatabase.url();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetentionCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
