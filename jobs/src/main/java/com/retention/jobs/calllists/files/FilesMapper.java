package com.retention.jobs.calllists.files;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/**
 * Cursors the output files are written from ({@code FilesMapper.xml}); called on a session of the
 * cursor session factory ({@code session.getMapper(FilesMapper.class)}), which streams them.
 */
@Mapper
public interface FilesMapper {

    /**
     * D's call tasks by team and rank, with the columns of the workbooks and the dialer file; with
     * {@code taskId}, only that task (the agent screen), else all.
     */
    Cursor<CallTaskLine> callTasks(@Param("date") LocalDate date, @Param("taskId") String taskId);

    /** D's notifications by id. */
    Cursor<OutboxLine> outbox(@Param("date") LocalDate date);

    /** D's accounts at step COLLECTIONS by account id. */
    Cursor<CollectionsLine> collections(@Param("date") LocalDate date);
}
