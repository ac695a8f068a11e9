package com.retention.jobs.calllists.policy;

import com.retention.jobs.calllists.CallListDay;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** Statements of the {@code policy} step ({@code PolicyMapper.xml}); cursors go through the cursor session factory. */
@Mapper
public interface PolicyMapper {

    /**
     * D's candidates with their facts, ordered by phone (a phone's candidates are adjacent); streamed.
     * Complaints count from {@code complaintsFrom}; {@code intraday}: only those not decided yet.
     */
    Cursor<PolicyRow> selectDay(@Param("day") CallListDay day, @Param("complaintsFrom") LocalDate complaintsFrom,
                                @Param("intraday") boolean intraday);

    /**
     * D's LISTED (by team, rank) or SENT (by candidate id) candidates with their template data;
     * {@code withoutTask}: only those with no call task yet. Streamed.
     */
    Cursor<ContactRow> selectContacts(@Param("day") CallListDay day, @Param("decision") String decision,
                                      @Param("withoutTask") boolean withoutTask);

    /**
     * Contacts of D-29..D-1 of these subscribers or to these phones; {@code intraday}: D's listed
     * calls too.
     */
    List<HistoryRow> history(@Param("day") CallListDay day, @Param("intraday") boolean intraday,
                             @Param("subscribers") String[] subscribers, @Param("phones") String[] phones);

    /**
     * Applies the decisions staged in the transaction's temporary table call_list_decision, the
     * winners cut at capacity.
     */
    int applyDecisions(ListCapacity capacity);

    /** The number of D's last call task (0: none yet), where an intraday top-up goes on numbering. */
    long lastTaskNumber(LocalDate date);

    /** Per team, D's listed calls and those carried over for capacity, by team name. */
    List<TeamCount> teamCounts(LocalDate date);

    int resetDecisions(LocalDate date);

    int deleteNotifications(LocalDate date);

    int deleteCallTasks(LocalDate date);

    int closeFollowedUpTasks(LocalDate date);
}
