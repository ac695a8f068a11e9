package com.retention.jobs.ingest;

import com.retention.jobs.ingest.parse.RowKey;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.List;

/** An input kind whose every column is one {@link ImportColumn}: nothing to list twice. */
public abstract class DeclaredImport implements ImportDefinition {

    private final String kind;
    private final ImportColumns columns;
    private final TableSpec table;
    private final RowKey key;

    /** The table's parts as in {@link TableSpec}; {@code columns} in table order. */
    protected DeclaredImport(String kind, String table, String conflictTarget, List<String> rowKey,
                             List<TableSpec.Reference> references, String parentUpsert, ImportColumn... columns) {
        this.kind = kind;
        this.columns = ImportColumns.of(columns);
        this.table = this.columns.table(table, conflictTarget, rowKey, references, parentUpsert);
        this.key = RowKey.of(conflictTarget.split("\\s*,\\s*"));
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<String> requiredColumns() {
        return columns.required();
    }

    /** The conflict target's columns; a kind whose target is not all file columns says its own. */
    @Override
    public RowKey key() {
        return key;
    }

    @Override
    public TableSpec table() {
        return table;
    }

    @Override
    public String[] parse(RowValues row) {
        return columns.parse(row);
    }
}
