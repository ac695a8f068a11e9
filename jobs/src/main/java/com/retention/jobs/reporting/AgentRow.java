package com.retention.jobs.reporting;

/** One agent's calls (outcomes), reached calls, average talk time of reached calls and conversions. */
public record AgentRow(String agent, long calls, long reached, Double averageTalkSeconds, long converted) {

    /** Reached / calls; null without calls. */
    public Double reachRate() {
        return calls == 0 ? null : (double) reached / calls;
    }

    /** Converted / reached; null while nobody was reached. */
    public Double conversion() {
        return reached == 0 ? null : (double) converted / reached;
    }
}
