package com.retention.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.retention.jobs.support.IntegrationTest;

/** The application has one renderer, on the packaged templates unless retention.templates.dir is set. */
class MessagesConfigurationTest extends IntegrationTest {

    @Autowired
    MessageRenderer renderer;

    @Test
    void theApplicationsRendererValidatesThePackagedTemplates() {
        assertThat(renderer.validateAll()).contains("messages/ru/REMINDER_SMS.ftl", "scripts/en/OUTAGE_APOLOGY.ftl");
    }
}
