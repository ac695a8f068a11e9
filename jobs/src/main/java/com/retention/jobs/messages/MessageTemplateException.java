package com.retention.jobs.messages;

/**
 * A template that cannot be read or rendered, with where: the message names the template file
 * and line so whoever edited it can fix it. Thrown by validation before any output is written.
 */
public final class MessageTemplateException extends RuntimeException {

    private final String template;
    private final Integer line;

    MessageTemplateException(String template, Integer line, String problem, Throwable cause) {
        super("template " + template + (line == null ? "" : " line " + line) + ": " + problem, cause);
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    /** The 1-based line, when FreeMarker knows it. */
    public Integer line() {
        return line;
    }
}
