package com.retention.jobs.http;

import com.retention.jobs.scheduling.ScheduleStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/schedule}: next fire times, missed nights, the cluster's nodes. */
@RestController
class ScheduleController {

    private final ScheduleStatus status;

    ScheduleController(ScheduleStatus status) {
        this.status = status;
    }

    @GetMapping("/api/schedule")
    ScheduleStatus.View schedule() {
        return status.now();
    }
}
