package com.retention.jobs.outcomes;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.read.SourceRow;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a row's agent columns. A row without an outcome was not worked yet and is filtered out
 * (counted as filtered, never rejected); a row with bad cells passes on with its reasons.
 */
public class OutcomeRowProcessor implements ItemProcessor<SourceRow, OutcomeLine> {

    private final ZoneId operatorZone;
    private final PhoneNormalizer phones = PhoneNormalizer.russian();
    private final Map<String, String> dialerStatuses;

    public OutcomeRowProcessor(ZoneId operatorZone) {
        this(operatorZone, Map.of());
    }

    /** @param dialerStatuses a dialer's status codes read as outcomes (retention.dialer.vicidial.statuses) */
    public OutcomeRowProcessor(ZoneId operatorZone, Map<String, String> dialerStatuses) {
        this.operatorZone = operatorZone;
        this.dialerStatuses = dialerStatuses;
    }

    @Override
    public OutcomeLine process(SourceRow row) {
        return OutcomeRowParser.read(new RowValues(row, operatorZone, phones), dialerStatuses);
    }
}
