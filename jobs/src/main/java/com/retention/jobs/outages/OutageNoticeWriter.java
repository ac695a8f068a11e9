package com.retention.jobs.outages;

import com.retention.jobs.db.MapperBatchWriter;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Flattens each subscriber's notices into one batch insert (ON CONFLICT DO NOTHING: once ever). */
public class OutageNoticeWriter implements ItemWriter<List<OutageNoticeRow>> {

    private final MapperBatchWriter<OutageNoticeMapper, OutageNoticeRow> inserts;

    public OutageNoticeWriter(MapperBatchWriter<OutageNoticeMapper, OutageNoticeRow> inserts) {
        this.inserts = inserts;
    }

    @Override
    public void write(Chunk<? extends List<OutageNoticeRow>> chunk) throws Exception {
        Chunk<OutageNoticeRow> rows = new Chunk<>();
        chunk.forEach(rows::addAll);
        if (!rows.isEmpty()) {
            inserts.write(rows);
        }
    }
}
