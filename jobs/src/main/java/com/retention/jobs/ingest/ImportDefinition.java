package com.retention.jobs.ingest;

import com.retention.jobs.ingest.parse.RowKey;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.List;

/**
 * One kind of input file of the README: its columns, how a row becomes table values, and the table
 * it upserts into. Implementations are small and declarative; reading, checking references and
 * writing are shared.
 */
public interface ImportDefinition {

    /** The KIND of {@code retention import KIND FILE}, e.g. {@code subscribers}. */
    String kind();

    /** The starred columns: a file without one of them is refused whole. */
    List<String> requiredColumns();

    /** Columns of which the file needs at least one (none by default). */
    default List<String> oneOfColumns() {
        return List.of();
    }

    /** The columns that name a row in its rejects (the kind's key of the README "Input files"). */
    RowKey key();

    /** Where and how the rows are upserted; values come in the order of its columns. */
    TableSpec table();

    /** The table values of one row, in {@link TableSpec#columns()} order; problems go to {@code row.reject}. */
    String[] parse(RowValues row);

    /** Why a header refuses the file whole beyond missing columns (empty by default); see ImportFileInspector. */
    default java.util.Optional<String> headerProblem(List<String> columns) {
        return java.util.Optional.empty();
    }

    default String jobName() {
        return "import-" + kind();
    }
}
