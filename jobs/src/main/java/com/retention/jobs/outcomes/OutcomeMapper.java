package com.retention.jobs.outcomes;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/**
 * The outcome import's SQL: the state of a chunk's tasks, then each consequence of the README
 * "Outcome codes and what follows" as one set-based statement over the chunk's applied outcomes.
 * Every statement is idempotent: applying the same outcomes twice changes nothing.
 */
@Mapper
public interface OutcomeMapper {

    List<TaskStateRow> taskStates(@Param("taskIds") String[] taskIds);

    int upsertOutcomes(AppliedOutcomes applied);

    int updateTaskStatus(AppliedOutcomes applied);

    int insertTariffOrders(AppliedOutcomes applied);

    int decideOffers(AppliedOutcomes applied);

    int markInvalidPhones(AppliedOutcomes applied);

    int addDoNotCall(AppliedOutcomes applied);

    int pauseDunning(AppliedOutcomes applied);

    /** The COMPLAINT outcomes of the tasks of list date {@code day}, in task order (cursor session). */
    Cursor<ComplaintLine> complaints(@Param("day") LocalDate day);
}
