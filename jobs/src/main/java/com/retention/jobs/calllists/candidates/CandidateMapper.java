package com.retention.jobs.calllists.candidates;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;

/**
 * The set-based statements of the {@code candidates} step ({@code CandidateMapper.xml}): clear the
 * date's own results, then one INSERT..SELECT per source of contacts, each binding a
 * {@link CandidateQuery}. They return the rows they touched.
 */
@Mapper
public interface CandidateMapper {

    /** Call tasks of D that already have an imported outcome: D cannot be rebuilt without losing them. */
    int countWorkedTasks(LocalDate date);

    /** Call tasks of D: its lists were made. */
    int countCallTasks(LocalDate date);

    void refreshAreaZones();

    void analyzeAreaZones();

    void analyzeCandidates();

    int deleteNotifications(LocalDate date);

    int deleteCallTasks(LocalDate date);

    int deleteCandidates(LocalDate date);

    int insertOutage(CandidateQuery query);

    int insertDunning(CandidateQuery query);

    int insertRetention(CandidateQuery query);

    int insertMarketing(CandidateQuery query);

    /** PAYMENT_DUE notices. */
    int insertPaymentDue(CandidateQuery query);

    /** TICKET_RESOLVED notices. */
    int insertTicketResolved(CandidateQuery query);

    /** SAVE calls of the save desk. */
    int insertSave(CandidateQuery query);

    /** Earlier days' unworked SAVE tasks whose request closed or whose subscriber terminated. */
    int closeDroppedSaveTasks(CandidateQuery query);

    int insertRetries(CandidateQuery query);

    int insertCallbacks(CandidateQuery query);

    int insertCarried(CandidateQuery query);

    int inheritCarriedFrom(CandidateQuery query);
}
