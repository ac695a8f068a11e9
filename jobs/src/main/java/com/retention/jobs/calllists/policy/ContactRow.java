package com.retention.jobs.calllists.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A decided candidate (LISTED or SENT) with what its call task or notification needs: the address,
 * the list place and the template data of its campaign. Filled by MyBatis from {@code selectContacts}.
 */
public class ContactRow {
    long candidateId;
    String team;
    Integer listRank;
    String subscriberId;
    String phone;
    String email;
    String channel;
    String campaign;
    String step;
    String outageId;
    int attempt;
    OffsetDateTime callbackAt;
    String zone;
    String language;
    String fullName;
    String subscriberTariff;
    String currentTariff;
    String offerTariff;
    BigDecimal monthlySaving;
    LocalDate validUntil;
    BigDecimal overdueAmount;
    Integer daysPastDue;
    LocalDate oldestDueOn;
    OffsetDateTime outageStarts;
    OffsetDateTime outageEnds;
    BigDecimal value;
    LocalDate invoiceDueOn;
    String targetTariff;
    String targetNote;
}
