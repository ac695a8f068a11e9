package com.retention.jobs.dunning;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;

/** dunning_case of a business date, and the accounts that may owe money. */
@Mapper
public interface DunningMapper {

    String OVERDUE_ACCOUNTS = "com.retention.jobs.dunning.DunningMapper.overdueAccounts";
    String INSERT = "com.retention.jobs.dunning.DunningMapper.insert";

    int deleteDay(LocalDate businessDate);
}
