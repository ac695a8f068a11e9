package com.retention.jobs.ingest.write;

import com.retention.jobs.ingest.write.TableSpec.Column;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one statement a chunk costs: the chunk's rows arrive as arrays, rows naming an unknown
 * tariff, area, account or subscriber are returned instead of written, a key repeated within the
 * chunk keeps its last row, the rest is upserted, and a row that would not change is not touched
 * (so re-importing a file rewrites nothing).
 */
public final class UpsertStatement {

    private UpsertStatement() {
    }

    /** Parameters: row numbers (bigint[]) then one text[] per column. Returns (row_no, column_name, value, reason). */
    public static String sql(TableSpec spec) {
        List<Column> columns = spec.columns();
        String arrays = IntStream.range(0, columns.size()).mapToObj(i -> "?::text[]").collect(Collectors.joining(", "));
        String aliases = IntStream.range(0, columns.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
        String casts = IntStream.range(0, columns.size())
                .mapToObj(i -> "r.c" + i + "::" + columns.get(i).sqlType() + " AS " + columns.get(i).name())
                .collect(Collectors.joining(", "));
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        List<String> conflict = List.of(spec.conflictTarget().split("\\s*,\\s*"));
        List<Column> updatedColumns = columns.stream().filter(c -> !conflict.contains(c.name())).toList();
        List<String> updated = updatedColumns.stream().map(Column::name).toList();
        String rowKey = String.join(", ", spec.rowKey());

        StringBuilder sql = new StringBuilder()
                .append("WITH input AS (\n  SELECT r.row_no, ").append(casts)
                .append("\n  FROM unnest(?::bigint[], ").append(arrays).append(") AS r(row_no, ").append(aliases).append(")\n")
                .append("), unknown AS (\n").append(unknown(spec.references())).append("\n")
                .append("), good AS (\n  SELECT DISTINCT ON (").append(rowKey).append(") * FROM input i\n")
                .append("  WHERE NOT EXISTS (SELECT 1 FROM unknown u WHERE u.row_no = i.row_no)\n")
                .append("  ORDER BY ").append(rowKey).append(", i.row_no DESC\n)");
        if (spec.parentUpsert() != null) {
            sql.append(", parent AS (\n  ").append(spec.parentUpsert()).append("\n)");
        }
        sql.append(", upserted AS (\n  INSERT INTO ").append(spec.table()).append(" AS t (").append(names).append(")\n")
                .append("  SELECT ").append(names).append(" FROM good\n")
                .append("  ON CONFLICT (").append(spec.conflictTarget()).append(")");
        if (updated.isEmpty()) {
            sql.append(" DO NOTHING\n)");
        } else {
            sql.append(" DO UPDATE SET ")
                    .append(updatedColumns.stream().map(c -> c.name() + " = " + c.updateExpression()).collect(Collectors.joining(", ")))
                    .append("\n  WHERE (").append(updated.stream().map(c -> "t." + c).collect(Collectors.joining(", ")))
                    .append(") IS DISTINCT FROM (")
                    .append(updatedColumns.stream().map(Column::updateExpression).collect(Collectors.joining(", ")))
                    .append(")\n)");
        }
        sql.append("\nSELECT row_no, column_name, value, reason FROM unknown ORDER BY row_no");
        return sql.toString();
    }

    private static String unknown(List<Reference> references) {
        if (references.isEmpty()) {
            return "  SELECT NULL::bigint AS row_no, NULL::text AS column_name, NULL::text AS value, NULL::text AS reason WHERE false";
        }
        return references.stream().map(ref -> "  SELECT i.row_no, '" + ref.column() + "'::text AS column_name, i."
                + ref.column() + "::text AS value, '" + ref.reason() + "'::text AS reason FROM input i\n  WHERE i."
                + ref.column() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + ref.table() + " x WHERE x."
                + ref.tableColumn() + " = i." + ref.column() + ")")
                .collect(Collectors.joining("\n  UNION ALL\n"));
    }
}
