package com.retention.jobs.facts;

import com.retention.jobs.db.MapperCursorReader;
import com.retention.jobs.partitioning.KeyRange;
import com.retention.jobs.partitioning.KeySpace;
import org.apache.ibatis.session.SqlSessionFactory;

/** The facts cursor as a restartable reader; scoring and offers each open their own, per partition. */
public final class FactsReaders {

    /** What scoring and offers partition: the subscribers the facts query reads. */
    public static final KeySpace ACTIVE_SUBSCRIBERS = new KeySpace("subscriber", "subscriber_id",
            "status = 'ACTIVE'");

    private FactsReaders() {
    }

    /**
     * @param cursorSqlSessionFactory the autocommit-off factory, so pgjdbc streams by the fetch size
     * @param subscribers the partition's subscriber_id range ({@link KeyRange#ALL} unpartitioned)
     */
    public static MapperCursorReader<FactsMapper, SubscriberFactsRow> reader(String name,
            SqlSessionFactory cursorSqlSessionFactory, FactsQuery query, KeyRange subscribers) {
        // name: the key of the read count a restart skips ahead by, in the partition's context
        return new MapperCursorReader<>(name, cursorSqlSessionFactory, FactsMapper.class,
                facts -> facts.facts(query.in(subscribers)));
    }
}
