package com.retention.jobs.messages;

import java.util.Set;

/**
 * Every message template and call script, with the variables its campaign step always provides
 * (the others may be absent and need {@code ??} in the template). {@link MessageRenderer#validateAll()}
 * renders each one with only these set, so a template that uses an optional variable unguarded
 * fails before anything is written, not on the first subscriber who lacks it.
 */
public enum MessageTemplate {
    SMS_REMINDER_SMS(Kind.SMS, "REMINDER_SMS", Set.of("amount", "daysPastDue", "dueDate")),
    SMS_PRE_NOTICE(Kind.SMS, "PRE_NOTICE", Set.of("outageStart", "outageWindow")),
    SMS_INCIDENT(Kind.SMS, "INCIDENT", Set.of("outageStart", "outageWindow")),
    SMS_RESTORED(Kind.SMS, "RESTORED", Set.of("outageStart", "outageEnd", "outageWindow")),
    SMS_PAYMENT_DUE(Kind.SMS, "PAYMENT_DUE", Set.of("amount", "dueDate")),
    SMS_TICKET_RESOLVED(Kind.SMS, "TICKET_RESOLVED", Set.of()),
    SCRIPT_RETENTION_SAVING(Kind.SCRIPT, "RETENTION_SAVING", Set.of("currentTariff", "offerTariff", "saving", "offerValidUntil")),
    SCRIPT_RETENTION_UPGRADE(Kind.SCRIPT, "RETENTION_UPGRADE", Set.of("currentTariff", "offerTariff", "saving", "offerValidUntil")),
    // the save desk's call: the offer is there when the subscriber has one (README, "Save desk")
    SCRIPT_RETENTION_SAVE(Kind.SCRIPT, "RETENTION_SAVE", Set.of()),
    SCRIPT_DUNNING_REMINDER_CALL(Kind.SCRIPT, "DUNNING_REMINDER_CALL", Set.of("amount", "daysPastDue", "dueDate")),
    SCRIPT_DUNNING_SUSPENSION_WARNING(Kind.SCRIPT, "DUNNING_SUSPENSION_WARNING", Set.of("amount", "daysPastDue", "dueDate")),
    SCRIPT_OUTAGE_PRE_NOTICE(Kind.SCRIPT, "OUTAGE_PRE_NOTICE", Set.of("outageStart", "outageWindow")),
    SCRIPT_OUTAGE_APOLOGY(Kind.SCRIPT, "OUTAGE_APOLOGY", Set.of("outageStart", "outageWindow")),
    SCRIPT_MARKETING(Kind.SCRIPT, "MARKETING", Set.of("campaign"));

    enum Kind {
        SMS("messages"), SCRIPT("scripts");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    /** Always there, whatever the step. */
    static final Set<String> BASE_VARIABLES = Set.of("name", "language");

    private final Kind kind;
    private final String fileName;
    private final Set<String> guaranteed;

    MessageTemplate(Kind kind, String fileName, Set<String> guaranteed) {
        this.kind = kind;
        this.fileName = fileName;
        this.guaranteed = guaranteed;
    }

    /** The notice of a notification step: REMINDER_SMS, PAYMENT_DUE, PRE_NOTICE, INCIDENT, RESTORED, TICKET_RESOLVED. */
    public static MessageTemplate forNotification(String step) {
        for (MessageTemplate template : values()) {
            if (template.kind == Kind.SMS && template.fileName.equals(step)) {
                return template;
            }
        }
        throw new IllegalArgumentException("no message template for notification step " + step);
    }

    /** The call script of a campaign step; every MARKETING campaign code shares one script. */
    public static MessageTemplate forCall(String campaign, String step) {
        String name = "MARKETING".equals(campaign) ? "MARKETING" : campaign + "_" + step;
        for (MessageTemplate template : values()) {
            if (template.kind == Kind.SCRIPT && template.fileName.equals(name)) {
                return template;
            }
        }
        throw new IllegalArgumentException("no call script for campaign " + campaign + " step " + step);
    }

    /** The template's path under {@code templates/}, e.g. {@code messages/ru/INCIDENT.ftl}. */
    public String path(String language) {
        return kind.folder + "/" + language + "/" + fileName + ".ftl";
    }

    Set<String> guaranteed() {
        return guaranteed;
    }
}
