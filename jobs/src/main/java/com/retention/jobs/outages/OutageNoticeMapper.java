package com.retention.jobs.outages;

import org.apache.ibatis.annotations.Mapper;

/** Covered subscribers of the outages relevant at T, and outage_notice inserts. */
@Mapper
public interface OutageNoticeMapper {

    String COVERED = "com.retention.jobs.outages.OutageNoticeMapper.covered";
    String INSERT = "com.retention.jobs.outages.OutageNoticeMapper.insert";
}
