package com.retention.jobs.reporting;

import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A clustered column chart over a sheet's own table, placed to the right of it: categories from
 * one column, a series per value column, titled by the column's header. The series refer to the
 * cells, so LibreOffice and Excel draw what the table says, and carry the values as the cells hold
 * them, kept by the table while its rows streamed out.
 */
final class BarChart {

    private static final PresetColor[] COLOURS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
            PresetColor.SEA_GREEN, PresetColor.FIREBRICK, PresetColor.MEDIUM_PURPLE};
    private static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 22;
    private static final int MAX_COLUMNS_BESIDE = 9;
    private static final int HEADER_TOP = TableSheet.HEADER_ROW;

    private final TableSheet table;
    private final String title;
    private final int categoryColumn;
    private final List<Integer> valueColumns;
    private final String valueFormat;

    private BarChart(TableSheet table, String title, int categoryColumn, List<Integer> valueColumns,
            String valueFormat) {
        this.table = table;
        this.title = title;
        this.categoryColumn = categoryColumn;
        this.valueColumns = List.copyOf(valueColumns);
        this.valueFormat = valueFormat;
    }

    /** Declared before the table's rows are written, so the table keeps the columns the chart shows. */
    static BarChart over(TableSheet table, String title, int categoryColumn, List<Integer> valueColumns,
            String valueFormat) {
        table.keep(categoryColumn);
        valueColumns.forEach(table::keep);
        return new BarChart(table, title, categoryColumn, valueColumns, valueFormat);
    }

    /** Draws nothing for an empty table: an empty chart says less than the note that replaces it. */
    void draw() {
        if (table.isEmpty()) {
            return;
        }
        SXSSFSheet sheet = table.sheet();
        // SXSSF streams cells only; drawings go on the sheet underneath, which it writes out as they are.
        XSSFDrawing drawing = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                .createDrawingPatriarch();
        XSSFClientAnchor anchor = beside(table) ? anchor(drawing, table.columns() + 1, HEADER_TOP)
                : anchor(drawing, 0, table.lastDataRow() + 3);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(valueFormat);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        String[] labels = table.kept(categoryColumn).stream().map(v -> Objects.toString(v, "")).toArray(String[]::new);
        XDDFCategoryDataSource categorySource = XDDFDataSourcesFactory.fromArray(labels, range(sheet, categoryColumn));
        for (int i = 0; i < valueColumns.size(); i++) {
            int column = valueColumns.get(i);
            Double[] points = table.kept(column).stream().map(v -> v instanceof Number n ? n.doubleValue() : null)
                    .toArray(Double[]::new);
            XDDFChartData.Series series = data.addSeries(categorySource,
                    XDDFDataSourcesFactory.fromArray(points, range(sheet, column)));
            series.setTitle(table.header(column),
                    new CellReference(sheet.getSheetName(), TableSheet.HEADER_ROW, column, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length])));
        }
        chart.plot(data);
    }

    /** A narrow table has its chart on the right, in view; a wide one has it below. */
    private static boolean beside(TableSheet table) {
        return table.columns() <= MAX_COLUMNS_BESIDE;
    }

    private static XSSFClientAnchor anchor(XSSFDrawing drawing, int column, int row) {
        return drawing.createAnchor(0, 0, 0, 0, column, row, column + WIDTH_COLUMNS, row + HEIGHT_ROWS);
    }

    private String range(SXSSFSheet sheet, int column) {
        return new CellRangeAddress(TableSheet.FIRST_DATA_ROW, table.lastDataRow(), column, column)
                .formatAsString(sheet.getSheetName(), true);
    }
}
