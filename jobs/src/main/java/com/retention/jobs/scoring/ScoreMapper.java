package com.retention.jobs.scoring;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;

/** churn_score: cleared and rewritten per business date. */
@Mapper
public interface ScoreMapper {

    String INSERT = "com.retention.jobs.scoring.ScoreMapper.insert";
    String EXPORT = "com.retention.jobs.scoring.ScoreMapper.export";

    int deleteDay(LocalDate businessDate);
}
