package com.retention.jobs.spreadsheet;

import java.util.regex.Pattern;

/**
 * A team or personal-manager name as a file name: teams come from config and managers from
 * imported subscriber rows, so anything outside letters, digits, {@code - _ .} becomes {@code _}
 * and a name can never climb out of the output folder.
 */
public final class TeamFileName {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]");

    private TeamFileName() {
    }

    public static String of(String team) {
        if (team == null || team.isBlank()) {
            throw new IllegalArgumentException("a call list needs a team name");
        }
        String safe = UNSAFE.matcher(team.strip()).replaceAll("_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        return safe;
    }
}
