package com.retention.jobs.calllists.files;

import org.apache.ibatis.annotations.Mapper;

/** Cursors the output files are written from ({@code FilesMapper.xml}); run through the cursor session factory. */
@Mapper
public interface FilesMapper {

    String NAMESPACE = "com.retention.jobs.calllists.files.FilesMapper.";
    /** D's call tasks by team and rank, with the columns of the workbooks and the dialer file. */
    String CALL_TASKS = NAMESPACE + "callTasks";
    /** D's notifications by id. */
    String OUTBOX = NAMESPACE + "outbox";
    /** D's accounts at step COLLECTIONS by account id. */
    String COLLECTIONS = NAMESPACE + "collections";
}
