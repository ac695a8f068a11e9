package com.retention.jobs.spreadsheet;

/**
 * The columns of a call-list workbook, in order, with their header, width (in characters: SXSSF
 * cannot autosize cheaply) and whether the agent fills them in.
 */
public enum CallListColumn {
    TASK_ID("task_id", 17),
    PRIORITY("priority", 9),
    CAMPAIGN("campaign", 13),
    STEP("step", 20),
    SUBSCRIBER_ID("subscriber_id", 15),
    FULL_NAME("full_name", 32),
    PHONE("phone", 15),
    LOCAL_WINDOW("local_window", 32),
    SEGMENT("segment", 9),
    CURRENT_TARIFF("current_tariff", 18),
    OFFER_TARIFF("offer_tariff", 18),
    MONTHLY_SAVING("monthly_saving", 15),
    OVERDUE_AMOUNT("overdue_amount", 15),
    DAYS_PAST_DUE("days_past_due", 13),
    OUTAGE_ID("outage_id", 14),
    SCRIPT("script", 60),
    ATTEMPT("attempt", 8),
    OUTCOME("outcome", 18, true),
    CONTACTED_AT("contacted_at", 17, true),
    TALK_SECONDS("talk_seconds", 12, true),
    CALLBACK_AT("callback_at", 17, true),
    PROMISE_DATE("promise_date", 13, true),
    PROMISE_AMOUNT("promise_amount", 15, true),
    NOTE("note", 40, true),
    CSAT("csat", 6, true),
    AGENT("agent", 16, true);

    private final String header;
    private final int widthChars;
    private final boolean agentFills;

    CallListColumn(String header, int widthChars) {
        this(header, widthChars, false);
    }

    CallListColumn(String header, int widthChars, boolean agentFills) {
        this.header = header;
        this.widthChars = widthChars;
        this.agentFills = agentFills;
    }

    public String header() {
        return header;
    }

    /** Width in POI units (1/256 of a character). */
    int width() {
        return widthChars * 256;
    }

    public boolean agentFills() {
        return agentFills;
    }

    public int index() {
        return ordinal();
    }
}
