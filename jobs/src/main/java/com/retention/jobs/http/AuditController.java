package com.retention.jobs.http;

import com.retention.jobs.audit.AuditEntry;
import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.errors.UserInputException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: who read or sent personal data, as {@code retention audit} lists it. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> recent(@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String login,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (limit < 1 || limit > 10000) {
            throw new UserInputException("limit must be between 1 and 10000");
        }
        return audit.recent(limit, login, date);
    }
}
