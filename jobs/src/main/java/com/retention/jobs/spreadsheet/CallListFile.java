package com.retention.jobs.spreadsheet;

import java.nio.file.Path;

/** A written call-list workbook: where it is and how many task rows it holds. */
public record CallListFile(String team, Path path, long rows) {
}
