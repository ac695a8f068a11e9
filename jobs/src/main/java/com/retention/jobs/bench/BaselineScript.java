package com.retention.jobs.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline SQL script ({@code bench/baseline.sql}) cut into its steps ("-- @step NAME") and
 * statements (a line ending in ';'), with its psql variables ({@code :'name'}) bound to literals.
 * Statements before the first step are the session setup.
 */
public final class BaselineScript {

    public static final String RESOURCE = "bench/baseline.sql";
    static final String SETUP = "setup";

    private static final Pattern STEP = Pattern.compile("^--\\s*@step\\s+(\\S+)\\s*$");
    private static final Pattern VARIABLE = Pattern.compile(":'([a-z_][a-z0-9_]*)'");

    private final Map<String, List<String>> steps;

    private BaselineScript(Map<String, List<String>> steps) {
        this.steps = steps;
    }

    public static BaselineScript load() {
        try (InputStream in = BaselineScript.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BaselineScript parse(String text) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        String step = SETUP;
        steps.put(step, new ArrayList<>());
        StringBuilder statement = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher marker = STEP.matcher(line.strip());
            if (marker.matches()) {
                step = marker.group(1);
                steps.put(step, new ArrayList<>());
                continue;
            }
            if (line.strip().startsWith("--") || (statement.isEmpty() && line.isBlank())) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                steps.get(step).add(statement.toString().strip());
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalStateException(RESOURCE + " ends inside a statement (no ';')");
        }
        return new BaselineScript(steps);
    }

    /** The step names in script order, without the setup. */
    public List<String> stepNames() {
        return steps.keySet().stream().filter(name -> !name.equals(SETUP)).toList();
    }

    /** The statements of a step (or of the setup) with every variable bound; an unbound one is an error. */
    public List<String> statements(String step, Map<String, String> variables) {
        List<String> raw = steps.get(step);
        if (raw == null) {
            throw new IllegalArgumentException("the baseline script has no step " + step);
        }
        return raw.stream().map(sql -> bind(sql, variables)).toList();
    }

    static String bind(String sql, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("baseline variable " + m.group(1) + " has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("'" + value.replace("'", "''") + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
