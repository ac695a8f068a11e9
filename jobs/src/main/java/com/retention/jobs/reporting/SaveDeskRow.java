package com.retention.jobs.reporting;

/**
 * The save desk's requests of one month (by the day they were made, operator's zone): how many were
 * called, reached, accepted an offer, and of those whose saved-after days are over, how many stayed.
 */
public record SaveDeskRow(String month, long requests, long called, long reached, long accepted, long observable,
        long saved) {

    /** Saved of those that can be told; null while none can. */
    public Double saveRate() {
        return observable == 0 ? null : (double) saved / observable;
    }
}
