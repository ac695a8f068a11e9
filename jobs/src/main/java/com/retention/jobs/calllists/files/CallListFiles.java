package com.retention.jobs.calllists.files;

import com.retention.jobs.calllists.TemplateCheck;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Step {@code files}: the day's outputs, written by the same exporters as {@code retention export}. */
@Component
public class CallListFiles {

    private final TemplateCheck templates;
    private final CallListExporter callLists;
    private final NotificationExporter notifications;
    private final HandoverExporter handover;

    public CallListFiles(TemplateCheck templates, CallListExporter callLists, NotificationExporter notifications,
                         HandoverExporter handover) {
        this.templates = templates;
        this.callLists = callLists;
        this.notifications = notifications;
        this.handover = handover;
    }

    /** @return rows written over all files */
    public long write(LocalDate date, Path outDir) {
        templates.validateAll();
        return callLists.write(date, outDir) + notifications.write(date, outDir) + handover.write(date, outDir);
    }
}
