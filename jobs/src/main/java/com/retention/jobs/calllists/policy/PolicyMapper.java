package com.retention.jobs.calllists.policy;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;

/** Statements of the {@code policy} step ({@code PolicyMapper.xml}); cursors go through the cursor session factory. */
@Mapper
public interface PolicyMapper {

    String NAMESPACE = "com.retention.jobs.calllists.policy.PolicyMapper.";
    /** Cursor: D's candidates with their facts, ordered by phone (a phone's candidates are adjacent). */
    String SELECT_DAY = NAMESPACE + "selectDay";
    /** Cursor: D's LISTED (by team, rank) or SENT (by candidate id) candidates with their template data. */
    String SELECT_CONTACTS = NAMESPACE + "selectContacts";
    String UPDATE_DECISION = NAMESPACE + "updateDecision";
    String INSERT_CALL_TASK = NAMESPACE + "insertCallTask";
    String INSERT_NOTIFICATION = NAMESPACE + "insertNotification";

    /** Contacts of D-29..D-1 of these subscribers or to these phones. */
    List<HistoryRow> history(Map<String, Object> parameters);

    int resetDecisions(Map<String, Object> day);

    int deleteNotifications(Map<String, Object> day);

    int deleteCallTasks(Map<String, Object> day);

    int markControlOffers(Map<String, Object> day);

    int closeFollowedUpTasks(Map<String, Object> day);
}
