package com.retention.jobs.calllists.files;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What {@link CallListIndex} reads of a date's lists ({@code ListIndexMapper.xml}). */
@Mapper
interface ListIndexMapper {

    /** D's tasks per list, campaign and outcome ({@code OPEN}: none yet); {@code teams} null: every list. */
    List<ListCount> counts(@Param("date") LocalDate date, @Param("teams") String[] teams);

    Optional<String> teamOf(String taskId);

    List<TaskTeam> teamsOf(@Param("taskIds") String[] taskIds);

    /** When the last completed call-lists run of the date ({@code yyyy-MM-dd}) ended; empty: none did. */
    Optional<Instant> lastRun(String date);

    record ListCount(String team, String campaign, String outcome, long tasks) {
    }

    record TaskTeam(String taskId, String team) {
    }
}
