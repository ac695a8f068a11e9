package com.retention.jobs.offers;

import com.retention.jobs.db.MapperBatchWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Upserts the offers of a chunk and withdraws the ones no longer due, both through the BATCH
 * session of the chunk transaction. Upserting keeps each offer's id across re-runs of a date.
 */
public class OfferOutcomeWriter implements ItemWriter<OfferOutcome> {

    private final MapperBatchWriter<OfferMapper, OfferRow> upserts;
    private final MapperBatchWriter<OfferMapper, OfferOutcome> withdrawals;

    public OfferOutcomeWriter(MapperBatchWriter<OfferMapper, OfferRow> upserts,
                              MapperBatchWriter<OfferMapper, OfferOutcome> withdrawals) {
        this.upserts = upserts;
        this.withdrawals = withdrawals;
    }

    @Override
    public void write(Chunk<? extends OfferOutcome> chunk) throws Exception {
        Chunk<OfferRow> offers = new Chunk<>();
        Chunk<OfferOutcome> withdrawn = new Chunk<>();
        for (OfferOutcome outcome : chunk) {
            if (outcome.withdrawn()) {
                withdrawn.add(outcome);
            } else {
                offers.add(outcome.offer());
            }
        }
        if (!offers.isEmpty()) {
            upserts.write(offers);
        }
        if (!withdrawn.isEmpty()) {
            withdrawals.write(withdrawn);
        }
    }
}
