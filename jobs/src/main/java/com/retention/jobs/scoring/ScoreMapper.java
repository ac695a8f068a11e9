package com.retention.jobs.scoring;

import java.time.LocalDate;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** churn_score: cleared and rewritten per business date. */
@Mapper
public interface ScoreMapper {

    int deleteDay(LocalDate businessDate);

    /** D's scores with the export's column labels, by subscriber; read on a cursor session. */
    Cursor<Map<String, Object>> export(LocalDate businessDate);
}
