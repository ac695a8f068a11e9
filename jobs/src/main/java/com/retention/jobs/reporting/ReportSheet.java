package com.retention.jobs.reporting;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One sheet of the campaign report; the beans' {@code @Order} is the order of the sheets. */
interface ReportSheet {

    /** Adds the sheet for the report period's business date; returns the data rows written. */
    int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period);
}
