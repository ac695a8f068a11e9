package com.retention.jobs.partitioning;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Key ranges in SQL ({@code KeyRangeMapper.xml}): the boundary query of the partitioner, and the
 * fragment {@value #IN_RANGE} that a partitioned reader's query includes to keep to its range.
 */
@Mapper
public interface KeyRangeMapper {

    String IN_RANGE = "com.retention.jobs.partitioning.KeyRangeMapper.inRange";

    /**
     * The n-1 keys that cut the key space into n parts of about equal row counts, ascending; none
     * when there are no rows.
     */
    List<String> boundaries(@Param("keys") KeySpace keys, @Param("parts") int parts);

    /** How many keys the key space holds: a pass over the same index the boundaries take. */
    long rows(@Param("keys") KeySpace keys);
}
