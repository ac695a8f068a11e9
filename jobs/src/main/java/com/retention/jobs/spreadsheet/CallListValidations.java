package com.retention.jobs.spreadsheet;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.outcomes.ReportedOutcome;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * What the agent may type into the columns they fill: an outcome code from a drop-down, real
 * dates and times, non-negative numbers. Added once the row count is known (SXSSF keeps
 * validations in memory and writes them with the sheet), over the data rows only.
 */
final class CallListValidations {

    /** The outcome codes the import reads back, in their order. */
    static final List<String> OUTCOME_CODES = OutcomeCode.names();

    private static final String FIRST_DAY = "DATE(2000,1,1)";
    private static final String LAST_DAY = "DATE(2099,12,31)";

    private CallListValidations() {
    }

    /** Adds the validations to data rows 1..lastRow (0-based sheet rows; row 0 is the header). */
    static void addTo(Sheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();

        DataValidation outcome = helper.createValidation(
                helper.createExplicitListConstraint(OUTCOME_CODES.toArray(String[]::new)),
                range(CallListColumn.OUTCOME, lastRow));
        outcome.setSuppressDropDownArrow(true); // true means "show the arrow" for XSSF list validations
        strict(outcome, "Outcome", "Pick an outcome code from the list.");
        sheet.addValidationData(outcome);

        DataValidationConstraint dates = helper.createDateConstraint(OperatorType.BETWEEN, FIRST_DAY, LAST_DAY, null);
        for (CallListColumn column : List.of(CallListColumn.CONTACTED_AT, CallListColumn.CALLBACK_AT)) {
            DataValidation validation = helper.createValidation(dates, range(column, lastRow));
            strict(validation, column.header(), "A date and time, e.g. 2026-11-21 14:30.");
            sheet.addValidationData(validation);
        }
        DataValidation promiseDate = helper.createValidation(dates, range(CallListColumn.PROMISE_DATE, lastRow));
        strict(promiseDate, "promise_date", "A date, e.g. 2026-11-25.");
        sheet.addValidationData(promiseDate);

        DataValidation seconds = helper.createValidation(
                helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "86400"),
                range(CallListColumn.TALK_SECONDS, lastRow));
        strict(seconds, "talk_seconds", "Whole seconds, 0 or more.");
        sheet.addValidationData(seconds);

        DataValidation amount = helper.createValidation(
                helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                range(CallListColumn.PROMISE_AMOUNT, lastRow));
        strict(amount, "promise_amount", "An amount of money, 0 or more.");
        sheet.addValidationData(amount);

        DataValidation csat = helper.createValidation(helper.createIntegerConstraint(OperatorType.BETWEEN,
                        String.valueOf(ReportedOutcome.LOWEST_CSAT), String.valueOf(ReportedOutcome.HIGHEST_CSAT)),
                range(CallListColumn.CSAT, lastRow));
        strict(csat, "csat", "The subscriber's rating of the call, 1 to 5, if they gave one.");
        sheet.addValidationData(csat);
    }

    private static CellRangeAddressList range(CallListColumn column, int lastRow) {
        return new CellRangeAddressList(1, Math.max(1, lastRow), column.index(), column.index());
    }

    private static void strict(DataValidation validation, String title, String message) {
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, message);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
    }
}
