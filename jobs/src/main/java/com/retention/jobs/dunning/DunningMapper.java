package com.retention.jobs.dunning;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** dunning_case of a business date, and the accounts that may owe money. */
@Mapper
public interface DunningMapper {


    int deleteDay(LocalDate businessDate);

    /** Accounts of the range with what they owe at D; read on a cursor session. */
    Cursor<OverdueAccountRow> overdueAccounts(OverdueAccounts query);

    /**
     * D and an account_id range [accountFrom, accountTo), open ends null, as the query reads them. The
     * subscriber range of the ledger fragment it shares with the facts stays open: dunning cuts by account.
     */
    record OverdueAccounts(LocalDate businessDate, String accountFrom, String accountTo, String subscriberFrom,
                           String subscriberTo) {

        public OverdueAccounts(LocalDate businessDate, String accountFrom, String accountTo) {
            this(businessDate, accountFrom, accountTo, null, null);
        }
    }

    int insert(DunningCaseRow row);
}
