package com.retention.jobs.audit;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table audit_log ({@code AuditMapper.xml}); {@link AuditLog} is its one user. */
@Mapper
interface AuditMapper {

    int insert(@Param("login") String login, @Param("operation") String operation,
               @Param("businessDate") LocalDate businessDate, @Param("team") String team, @Param("kind") String kind,
               @Param("rows") long rows, @Param("detail") String detail);

    /** Newest first; {@code login} and {@code businessDate} filter when not null. */
    List<AuditEntry> recent(@Param("limit") int limit, @Param("login") String login,
                            @Param("businessDate") LocalDate businessDate);
}
