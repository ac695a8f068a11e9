package com.retention.jobs.calllists.files;

import com.retention.jobs.spreadsheet.CallListRow;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One call task of D with its workbook and dialer columns, as {@code FilesMapper.callTasks} returns it. */
public class CallTaskLine {
    String taskId;
    String team;
    int priority;
    String campaign;
    String step;
    String subscriberId;
    String fullName;
    String phone;
    String localWindow;
    String segment;
    String currentTariff;
    String offerTariff;
    BigDecimal monthlySaving;
    BigDecimal overdueAmount;
    Integer daysPastDue;
    String outageId;
    String script;
    int attempt;
    OffsetDateTime earliestUtc;
    OffsetDateTime latestUtc;

    String team() {
        return team;
    }

    CallListRow toRow() {
        return new CallListRow(taskId, priority, campaign, step, subscriberId, fullName, phone, localWindow, segment,
                currentTariff, offerTariff, monthlySaving, overdueAmount, daysPastDue, outageId, script, attempt);
    }
}
