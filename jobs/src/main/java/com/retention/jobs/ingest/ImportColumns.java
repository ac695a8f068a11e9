package com.retention.jobs.ingest;

import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of an input kind, in table order: its required columns, table and row parsing all come from here. */
public final class ImportColumns {

    private final List<ImportColumn> columns;
    private final Map<String, Integer> positions = new HashMap<>();

    private ImportColumns(List<ImportColumn> columns) {
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            if (positions.put(columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("column " + columns.get(i).name() + " declared twice");
            }
        }
    }

    public static ImportColumns of(ImportColumn... columns) {
        return new ImportColumns(List.of(columns));
    }

    /** The columns a file is refused without. */
    public List<String> required() {
        return columns.stream().filter(ImportColumn::required).map(ImportColumn::name).toList();
    }

    /** The table these columns are upserted into; see {@link TableSpec} for the rest. */
    public TableSpec table(String table, String conflictTarget, List<String> rowKey,
                           List<TableSpec.Reference> references, String parentUpsert) {
        return new TableSpec(table, columns.stream().map(ImportColumn::column).toList(), conflictTarget, rowKey,
                references, parentUpsert);
    }

    /** A row's values in table order; problems go to {@code row.reject}. */
    public String[] parse(RowValues row) {
        String[] values = new String[columns.size()];
        ImportColumn.Read read = name -> {
            Integer at = positions.get(name);
            if (at == null) {
                throw new IllegalArgumentException("no column " + name);
            }
            return values[at];
        };
        for (int i = 0; i < values.length; i++) {
            ImportColumn column = columns.get(i);
            values[i] = column.cell().read(row, column.name(), column.required());
            if (column.check() != null) {
                column.check().check(row, read);
            }
        }
        return values;
    }
}
