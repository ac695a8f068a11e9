package com.retention.jobs.outcomes;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.read.SourceRow;
import java.time.ZoneId;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a row's agent columns. A row without an outcome was not worked yet and is filtered out
 * (counted as filtered, never rejected); a row with bad cells passes on with its reasons.
 */
public class OutcomeRowProcessor implements ItemProcessor<SourceRow, OutcomeLine> {

    private final ZoneId operatorZone;
    private final PhoneNormalizer phones = PhoneNormalizer.russian();

    public OutcomeRowProcessor(ZoneId operatorZone) {
        this.operatorZone = operatorZone;
    }

    @Override
    public OutcomeLine process(SourceRow row) {
        return OutcomeRowParser.read(new RowValues(row, operatorZone, phones));
    }
}
