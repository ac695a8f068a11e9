package com.retention.jobs.calllists.policy;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** Statements of the {@code policy} step ({@code PolicyMapper.xml}); cursors go through the cursor session factory. */
@Mapper
public interface PolicyMapper {

    /** D's candidates with their facts, ordered by phone (a phone's candidates are adjacent); streamed. */
    Cursor<PolicyRow> selectDay(Map<String, Object> day);

    /**
     * D's LISTED (by team, rank) or SENT (by candidate id) candidates, {@code decision} of the day's
     * parameters, with their template data; streamed.
     */
    Cursor<ContactRow> selectContacts(Map<String, Object> dayAndDecision);

    /** Contacts of D-29..D-1 of these subscribers or to these phones. */
    List<HistoryRow> history(Map<String, Object> parameters);

    /**
     * Applies the decisions staged in the transaction's temporary table call_list_decision, the
     * winners cut at capacity: {@code teams} and {@code capacities} (parallel arrays), else {@code otherLists}.
     */
    int applyDecisions(Map<String, Object> capacity);

    /** The number of D's last call task (0: none yet), where an intraday top-up goes on numbering. */
    long lastTaskNumber(Map<String, Object> day);

    /** Per team, D's listed calls and those carried over for capacity, by team name. */
    List<TeamCount> teamCounts(Map<String, Object> day);

    int resetDecisions(Map<String, Object> day);

    int deleteNotifications(Map<String, Object> day);

    int deleteCallTasks(Map<String, Object> day);

    int closeFollowedUpTasks(Map<String, Object> day);
}
