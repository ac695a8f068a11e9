package com.retention.jobs.reporting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the report, created once per workbook (a workbook holds at most 64 000). */
final class ReportStyles {

    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle count;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle signedPercent;
    final CellStyle decimal;
    final CellStyle dateTime;
    final CellStyle totalText;
    final CellStyle totalCount;
    final CellStyle totalMoney;

    ReportStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);
        note = workbook.createCellStyle();
        note.setFont(italic);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        count = numeric(workbook, "#,##0");
        money = numeric(workbook, "#,##0.00");
        percent = numeric(workbook, "0.0%");
        signedPercent = numeric(workbook, "+0.0%;-0.0%;0.0%");
        decimal = numeric(workbook, "#,##0.0");
        dateTime = numeric(workbook, "yyyy-mm-dd hh:mm");
        totalText = workbook.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        totalCount = total(workbook, count, bold);
        totalMoney = total(workbook, money, bold);
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static CellStyle total(Workbook workbook, CellStyle base, Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFont(bold);
        style.setBorderTop(BorderStyle.THIN);
        return style;
    }
}
