package com.retention.jobs.ingest.job;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.ParsedRow;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.read.SourceRow;
import java.time.ZoneId;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one row's cells by the rules of its kind; a rejected row passes on with its reasons, each
 * naming the row's key, never filtered silently.
 */
public class ImportRowProcessor implements ItemProcessor<SourceRow, ParsedRow> {

    private final ImportDefinition definition;
    private final ZoneId operatorZone;
    private final PhoneNormalizer phones = PhoneNormalizer.russian();

    public ImportRowProcessor(ImportDefinition definition, ZoneId operatorZone) {
        this.definition = definition;
        this.operatorZone = operatorZone;
    }

    @Override
    public ParsedRow process(SourceRow row) {
        RowValues values = new RowValues(row, operatorZone, phones);
        String[] parsed = definition.parse(values);
        String key = definition.key().describe(values);
        return new ParsedRow(row.rowNumber(), parsed, values.rejects().stream().map(r -> r.withKey(key)).toList(), key);
    }
}
