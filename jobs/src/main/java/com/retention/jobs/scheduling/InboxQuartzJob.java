package com.retention.jobs.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The inbox poll, one at a time across the cluster. */
@DisallowConcurrentExecution
public class InboxQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(InboxQuartzJob.class);

    private final InboxPoller poller;

    public InboxQuartzJob(InboxPoller poller) {
        this.poller = poller;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            poller.poll();
        } catch (RuntimeException e) {
            log.error("inbox poll failed: {}", e.getMessage());
        }
    }
}
