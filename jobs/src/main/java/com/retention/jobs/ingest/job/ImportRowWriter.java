package com.retention.jobs.ingest.job;

import com.retention.jobs.ingest.parse.ParsedRow;
import com.retention.jobs.ingest.parse.Reject;
import com.retention.jobs.ingest.write.ChunkUpserter;
import com.retention.jobs.ingest.write.RejectStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk in its transaction: good rows upserted in one statement (which also returns the
 * rows naming an unknown tariff, area, account or subscriber, which get their row's key), and
 * every reject in one more.
 */
public class ImportRowWriter implements ItemWriter<ParsedRow> {

    private final ChunkUpserter upserter;
    private final RejectStore rejects;
    private final long jobInstanceId;

    public ImportRowWriter(ChunkUpserter upserter, RejectStore rejects, long jobInstanceId) {
        this.upserter = upserter;
        this.rejects = rejects;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends ParsedRow> chunk) {
        List<ParsedRow> good = new ArrayList<>(chunk.size());
        List<Reject> rejected = new ArrayList<>();
        for (ParsedRow row : chunk) {
            if (row.rejected()) {
                rejected.addAll(row.rejects());
            } else {
                good.add(row);
            }
        }
        Map<Long, String> keys = new HashMap<>();
        good.forEach(row -> keys.put(row.rowNumber(), row.key()));
        for (Reject unknown : upserter.upsert(good)) {
            rejected.add(unknown.withKey(keys.get(unknown.row())));
        }
        rejects.save(jobInstanceId, rejected);
    }
}
