package com.retention.jobs.calllists.policy;

/** One team's day after the capacity cut, for the step's log. */
public record TeamCount(String team, long listed, long carried) {
}
