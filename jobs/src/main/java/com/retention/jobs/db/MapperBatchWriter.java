package com.retention.jobs.db;

import java.util.function.BiConsumer;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Calls a mapper method once per item on the chunk transaction's BATCH session and sends them as one
 * JDBC batch: the typed call replaces a statement id. Counts are not asserted: pgjdbc's rewritten
 * batches report none per row, and an upsert, a delete or an insert of a notice given already may
 * change none.
 */
public final class MapperBatchWriter<M, T> implements ItemWriter<T> {

    private final SqlSessionTemplate batch;
    private final Class<M> mapper;
    private final BiConsumer<M, T> statement;

    public MapperBatchWriter(SqlSessionFactory sessions, Class<M> mapper, BiConsumer<M, T> statement) {
        this.batch = new SqlSessionTemplate(sessions, ExecutorType.BATCH);
        this.mapper = mapper;
        this.statement = statement;
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        M statements = batch.getMapper(mapper);
        for (T item : chunk) {
            statement.accept(statements, item);
        }
        batch.flushStatements();
    }
}
