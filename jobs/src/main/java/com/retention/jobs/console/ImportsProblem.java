package com.retention.jobs.console;

import com.retention.jobs.errors.BusyException;
import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.OneLineMessage;
import com.retention.jobs.errors.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one line a page shows when an upload is refused or fails: the same words the API and the
 * command line give. What is not the user's doing is logged with its trace for the operator.
 */
final class ImportsProblem {

    private static final Logger log = LoggerFactory.getLogger(ImportsProblem.class);

    private ImportsProblem() {
    }

    static String line(RuntimeException e) {
        if (!(e instanceof UserInputException || e instanceof NotFoundException || e instanceof BusyException
                || e instanceof JobFailedException || e instanceof AccessDeniedException)) {
            log.error("console upload failed", e);
        }
        return OneLineMessage.of(e);
    }
}
