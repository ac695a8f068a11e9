package com.retention.jobs.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles a call list uses, made once per workbook: a workbook holds at most
 * 64 000 styles, and one per cell would also bloat the file.
 */
final class CallListStyles {

    static final String MONEY_FORMAT = "#,##0.00";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    final CellStyle header;
    /** Free text as it is. */
    final CellStyle text;
    /** Free text that begins like a formula: shown as text, never evaluated. */
    final CellStyle guardedText;
    final CellStyle integer;
    final CellStyle money;
    /** The empty columns the agent fills, tinted so they stand out. */
    final CellStyle agentText;
    final CellStyle agentInteger;
    final CellStyle agentMoney;
    final CellStyle agentDate;
    final CellStyle agentDateTime;

    CallListStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        short textFormat = formats.getFormat("@");

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        guardedText = workbook.createCellStyle();
        guardedText.setDataFormat(textFormat);
        guardedText.setQuotePrefixed(true);
        integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("0"));
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat(MONEY_FORMAT));

        agentText = agentStyle(workbook, textFormat);
        agentInteger = agentStyle(workbook, formats.getFormat("0"));
        agentMoney = agentStyle(workbook, formats.getFormat(MONEY_FORMAT));
        agentDate = agentStyle(workbook, formats.getFormat(DATE_FORMAT));
        agentDateTime = agentStyle(workbook, formats.getFormat(DATE_TIME_FORMAT));
    }

    private static CellStyle agentStyle(Workbook workbook, short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setLocked(false);
        return style;
    }

    /** The style of an empty cell the agent fills in. */
    CellStyle forAgentColumn(CallListColumn column) {
        return switch (column) {
            case CONTACTED_AT, CALLBACK_AT -> agentDateTime;
            case PROMISE_DATE -> agentDate;
            case PROMISE_AMOUNT -> agentMoney;
            case TALK_SECONDS -> agentInteger;
            default -> agentText;
        };
    }
}
