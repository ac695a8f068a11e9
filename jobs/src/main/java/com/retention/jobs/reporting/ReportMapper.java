package com.retention.jobs.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The report's aggregates over list dates {@code from..to} (both included; {@code to} is D). */
@Mapper
public interface ReportMapper {

    List<FunnelRow> funnel(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * Subjects and churn of control and contacted groups for each churn window of {@code windows} days, in
     * their order, then "to date" (days null): each subscriber from their list date to D-1. The save
     * desk's calls ({@code saveStep}) are left out: they have no control group.
     */
    List<UpliftWindowGroupRow> upliftGroups(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("windows") Integer[] windows, @Param("saveStep") String saveStep);

    /** The same subjects whose {@code days} are over by {@code to}, with their churn score on the list date. */
    List<com.retention.domain.reporting.ScoreUplift.Subject> scoredUpliftSubjects(@Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("days") Integer days, @Param("saveStep") String saveStep);

    /** Per dunning step; payments count on the {@code days} days from the contact. */
    List<DunningRecoveryRow> dunningRecovery(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("days") int days);

    List<OutageNoticeRow> outageNotices(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("fromInstant") OffsetDateTime fromInstant, @Param("toInstant") OffsetDateTime toInstant);

    /** {@code teams} null: every team's calls. */
    List<AgentRow> agents(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("teams") String[] teams);

    /** Each agent's working days (list dates with calls) with the team they called for most that day. */
    List<AgentDayRow> agentDays(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Listed, attempted, reached and converted calls per team and campaign; {@code teams} null: every team. */
    List<TeamCallRow> teamCalls(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("teams") String[] teams);

    List<MigrationRow> migrations(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * The save desk's requests (tickets of {@code categories}) opened in {@code fromInstant..toInstant}, per
     * month in {@code zone}; SAVE tasks ({@code saveStep}) within {@code savedAfterDays} of each request.
     */
    List<SaveDeskRow> saveDesk(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("fromInstant") OffsetDateTime fromInstant, @Param("toInstant") OffsetDateTime toInstant,
            @Param("zone") String zone, @Param("categories") String[] categories, @Param("saveStep") String saveStep,
            @Param("savedAfterDays") int savedAfterDays);

    /** The period's notifications by campaign, step and outage, with what delivery made of them. */
    List<DeliveryRow> delivery(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
