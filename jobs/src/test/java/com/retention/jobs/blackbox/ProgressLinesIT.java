package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The undisturbed night (run with progress lines every 500 ms) prints, on its long steps, progress lines
 * with the items per second and the time left.
 */
class ProgressLinesIT {

    private static final Pattern PROGRESS = Pattern.compile("[0-9][0-9,. ]* items/s.*\\bleft\\b");

    @Test
    void aLongStepPrintsItemsPerSecondAndTimeLeft() {
        Fixture fixture = Fixture.get();
        List<String> progress = fixture.referenceLog.stream().filter(l -> PROGRESS.matcher(l).find()).toList();
        assertFalse(progress.isEmpty(), "no progress line (items/s, time left) in the night's log:\n"
                + String.join("\n", fixture.referenceLog));
        System.out.println("[blackbox] progress lines:\n" + String.join("\n", progress));
    }
}
