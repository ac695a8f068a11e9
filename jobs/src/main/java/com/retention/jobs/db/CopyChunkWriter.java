package com.retention.jobs.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk's items by one {@code COPY ... FROM STDIN} on the chunk transaction's connection, so
 * they commit or roll back with the chunk and its restart point. For plain inserts of many rows: a
 * batched INSERT costs MyBatis's parameter mapping and a bind per row, a fifth of scoring's
 * partition threads (README "Figures").
 */
public final class CopyChunkWriter<T> implements ItemWriter<T> {

    /** One item's values, in the COPY's column order ({@link CopyRows#endRow()} follows). */
    @FunctionalInterface
    public interface Columns<T> {
        void write(CopyRows row, T item) throws SQLException;
    }

    private final DataSource dataSource;
    private final String copySql;
    private final Columns<T> columns;

    /** @param copySql {@code COPY table (columns) FROM STDIN} */
    public CopyChunkWriter(DataSource dataSource, String copySql, Columns<T> columns) {
        this.dataSource = dataSource;
        this.copySql = copySql;
        this.columns = columns;
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyRows copy = CopyRows.open(connection, copySql)) {
            for (T item : chunk) {
                columns.write(copy, item);
                copy.endRow();
            }
            copy.finish();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
