package com.retention.jobs.reporting;

/**
 * One agent's calls (outcomes), reached calls, average talk time of reached calls, conversions, the
 * dialer's average ring time, the rated calls with their average csat, and complaints.
 */
public record AgentRow(String agent, long calls, long reached, Double averageTalkSeconds, long converted,
        Double averageRingSeconds, long rated, Double averageCsat, long complaints) {

    /** Reached / calls; null without calls. */
    public Double reachRate() {
        return calls == 0 ? null : (double) reached / calls;
    }

    /** Rated / reached: the share of reached subscribers who rated the call; null while nobody was reached. */
    public Double shareRated() {
        return reached == 0 ? null : (double) rated / reached;
    }

    /** Converted / reached; null while nobody was reached. */
    public Double conversion() {
        return reached == 0 ? null : (double) converted / reached;
    }
}
