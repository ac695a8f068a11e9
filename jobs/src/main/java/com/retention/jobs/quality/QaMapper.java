package com.retention.jobs.quality;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
public interface QaMapper {

    /** The month's calls that reached the subscriber and name their agent, ordered by agent. */
    Cursor<ReachedCallRow> reachedCalls(ReachedCalls query);

    record ReachedCalls(LocalDate from, LocalDate until, String zone, List<String> reachedCodes) {
    }

    int deleteMonth(@Param("month") LocalDate month);

    int insert(@Param("month") LocalDate month, @Param("rows") List<SampledRow> rows);

    /** The sample of the month with what the listener needs, by team, agent and rank. */
    Cursor<SampleFileRow> sample(@Param("month") LocalDate month);
}
