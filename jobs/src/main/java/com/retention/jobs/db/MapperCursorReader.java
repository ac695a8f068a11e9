package com.retention.jobs.db;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A restartable reader over a mapper method that returns a {@link Cursor}: the typed call replaces a
 * statement id and a parameter map. Opens its own session, as MyBatisCursorItemReader does, so give
 * it the autocommit-off factory for pgjdbc to stream by the fetch size. A restart skips the items its
 * {@code name}'s saved count says were read. Not final: step-scoped readers are class proxies.
 */
public class MapperCursorReader<M, T> extends AbstractItemCountingItemStreamItemReader<T> {

    private final SqlSessionFactory sessions;
    private final Class<M> mapper;
    private final Function<M, Cursor<T>> query;
    private SqlSession session;
    private Cursor<T> cursor;
    private Iterator<T> rows;

    /** @param name the key of the read count in the step's context (keep it stable across releases) */
    public MapperCursorReader(String name, SqlSessionFactory sessions, Class<M> mapper, Function<M, Cursor<T>> query) {
        this.sessions = sessions;
        this.mapper = mapper;
        this.query = query;
        setName(name);
    }

    @Override
    protected void doOpen() {
        session = sessions.openSession(ExecutorType.SIMPLE);
        cursor = query.apply(session.getMapper(mapper));
        rows = cursor.iterator();
    }

    @Override
    protected T doRead() {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    protected void doClose() throws Exception {
        rows = null;
        try {
            if (cursor != null) {
                cursor.close();
            }
        } finally {
            if (session != null) {
                session.close();
            }
            cursor = null;
            session = null;
        }
    }
}
