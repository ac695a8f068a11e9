package com.retention.jobs.calllists.candidates;

import java.util.Map;
import org.apache.ibatis.annotations.Mapper;

/**
 * The set-based statements of the {@code candidates} step ({@code CandidateMapper.xml}): clear the
 * date's own results, then one INSERT..SELECT per source of contacts. Each takes the map of
 * {@link com.retention.jobs.calllists.CallListDay#asParameters()} and returns the rows it touched.
 */
@Mapper
public interface CandidateMapper {

    /** Call tasks of D that already have an imported outcome: D cannot be rebuilt without losing them. */
    int countWorkedTasks(Map<String, Object> day);

    /** Call tasks of D: its lists were made. */
    int countCallTasks(Map<String, Object> day);

    void refreshAreaZones();

    void analyzeAreaZones();

    void analyzeCandidates();

    int deleteNotifications(Map<String, Object> day);

    int deleteCallTasks(Map<String, Object> day);

    int deleteCandidates(Map<String, Object> day);

    int insertOutage(Map<String, Object> day);

    int insertDunning(Map<String, Object> day);

    int insertRetention(Map<String, Object> day);

    int insertMarketing(Map<String, Object> day);

    /** PAYMENT_DUE notices (parameters from {@link CandidateBuilder#noticeParameters}). */
    int insertPaymentDue(Map<String, Object> day);

    /** TICKET_RESOLVED notices (parameters from {@link CandidateBuilder#noticeParameters}). */
    int insertTicketResolved(Map<String, Object> day);

    /** SAVE calls of the save desk (parameters from {@link CandidateBuilder#noticeParameters}). */
    int insertSave(Map<String, Object> day);

    /** Earlier days' unworked SAVE tasks whose request closed or whose subscriber terminated. */
    int closeDroppedSaveTasks(Map<String, Object> day);

    int insertRetries(Map<String, Object> day);

    int insertCallbacks(Map<String, Object> day);

    int insertCarried(Map<String, Object> day);

    int inheritCarriedFrom(Map<String, Object> day);
}
