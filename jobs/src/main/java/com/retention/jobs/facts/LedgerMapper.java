package com.retention.jobs.facts;

import org.apache.ibatis.annotations.Mapper;

/**
 * The account ledger SQL ({@code LedgerMapper.xml}): fragments only, no statements. Dunning's
 * overdue accounts and the facts query include {@link #ACCOUNT_LEDGER}; {@link AccountLedger}
 * turns its arrays into the domain's invoices and payments.
 */
@Mapper
public interface LedgerMapper {

    /** The {@code invoices} and {@code payments} CTEs of the accounts in range, up to D-1. */
    String ACCOUNT_LEDGER = "com.retention.jobs.facts.LedgerMapper.accountLedger";
}
