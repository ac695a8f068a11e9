package com.retention.jobs.scoring;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisCursorItemReader;

/** The facts cursor as a restartable reader; scoring and offers each open their own. */
public final class FactsReaders {

    private FactsReaders() {
    }

    /**
     * @param cursorSqlSessionFactory the autocommit-off factory, so pgjdbc streams by the fetch size
     */
    public static MyBatisCursorItemReader<SubscriberFactsRow> reader(String name,
            SqlSessionFactory cursorSqlSessionFactory, FactsQuery query) {
        MyBatisCursorItemReader<SubscriberFactsRow> reader = new MyBatisCursorItemReader<>();
        reader.setName(name); // key of the read count a restart skips ahead by
        reader.setSqlSessionFactory(cursorSqlSessionFactory);
        reader.setQueryId(FactsMapper.FACTS);
        reader.setParameterValues(query.asParameters());
        return reader;
    }
}
