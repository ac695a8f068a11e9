package com.retention.jobs.imports;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * POI and the streaming reader log a hostile file's problems at ERROR, with stack traces, on the
 * console, before our one-line refusal. The refusal says what matters, so their logs are off
 * unless someone configured those loggers on purpose.
 */
@Component
class SpreadsheetLibraryLogs {

    private static final String[] LOGGERS = {"org.apache.poi", "com.github.pjfanning"};

    SpreadsheetLibraryLogs(LoggingSystem logging, Environment environment) {
        for (String logger : LOGGERS) {
            if (!environment.containsProperty("logging.level." + logger)) {
                logging.setLogLevel(logger, LogLevel.OFF);
            }
        }
    }
}
