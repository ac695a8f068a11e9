package com.retention.jobs.calllists;

import com.retention.jobs.messages.MessageRenderer;
import com.retention.jobs.messages.MessageTemplateException;
import org.springframework.stereotype.Component;

/**
 * Renders every template before the job writes anything. A broken one fails the run with the
 * template's name and line as the one line the user sees (the failure report shows the innermost
 * cause's message, so FreeMarker's own exception is not chained).
 */
@Component
public class TemplateCheck {

    private final MessageRenderer renderer;

    public TemplateCheck(MessageRenderer renderer) {
        this.renderer = renderer;
    }

    public int validateAll() {
        try {
            return renderer.validateAll().size();
        } catch (MessageTemplateException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }
}
