package com.retention.jobs.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table task_claim and the choice of a task to claim ({@code TaskClaimMapper.xml}); {@link TaskClaims} is its one user. */
@Mapper
interface TaskClaimMapper {

    /**
     * The task {@code login} should work at {@code at}, its row locked (SKIP LOCKED): the one it holds
     * if still to be worked, else the first free one in rank order; {@code teams} null: every list.
     * A SAVE task ({@code saveStep}) only while its subscriber's request to leave ({@code saveCategories})
     * is open and they have not terminated.
     */
    Optional<ChosenTask> choose(@Param("login") String login, @Param("teams") String[] teams,
                                @Param("date") LocalDate date, @Param("at") Instant at,
                                @Param("saveStep") String saveStep, @Param("saveCategories") String[] saveCategories);

    /** Claims or renews; takes over only a lapsed claim or one's own. 1 if it took the task. */
    int take(@Param("taskId") String taskId, @Param("login") String login, @Param("team") String team,
             @Param("claimedAt") Instant claimedAt, @Param("expiresAt") Instant expiresAt);

    /** Whoever holds a live claim of the task other than {@code login}. */
    Optional<String> heldByAnother(@Param("taskId") String taskId, @Param("login") String login,
                                   @Param("at") Instant at);

    /** The login's claims; all of them when {@code keep} is null, else all but that task's. */
    int releaseAll(@Param("login") String login, @Param("keep") String keep);

    int release(@Param("taskId") String taskId, @Param("login") String login);

    /** A task a login may claim, and the list it is on. */
    record ChosenTask(String taskId, String team) {
    }
}
