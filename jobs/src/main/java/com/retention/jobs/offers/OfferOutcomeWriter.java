package com.retention.jobs.offers;

import com.retention.jobs.db.CopyChunkWriter;
import com.retention.jobs.db.MapperBatchWriter;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the offers of a chunk and withdraws the ones no longer due, all in the chunk transaction.
 * An offer of D that an earlier run made is upserted, which keeps its id (contact candidates point at
 * it) and its status, control flag and decision time; the others, every offer of a first run, go in
 * by COPY ({@link CopyChunkWriter}).
 */
public class OfferOutcomeWriter implements ItemWriter<OfferOutcome> {

    private static final String COPY = "COPY offer (business_date, subscriber_id, campaign, current_tariff, "
            + "offer_tariff, offer_type, current_cost, offer_cost, monthly_saving, churn_score, churn_band, reasons, "
            + "control, status, valid_until) FROM STDIN";

    private final CopyChunkWriter<OfferRow> inserts;
    private final MapperBatchWriter<OfferMapper, OfferRow> upserts;
    private final MapperBatchWriter<OfferMapper, OfferOutcome> withdrawals;

    public OfferOutcomeWriter(DataSource dataSource, SqlSessionFactory sessions) {
        this.inserts = new CopyChunkWriter<>(dataSource, COPY, (row, offer) -> row.value(offer.businessDate())
                .text(offer.subscriberId()).text(offer.campaign()).text(offer.currentTariff())
                .text(offer.offerTariff()).text(offer.offerType()).value(offer.currentCost())
                .value(offer.offerCost()).value(offer.monthlySaving()).value(offer.churnScore())
                .text(offer.churnBand()).text(offer.reasons()).value("f").text("OPEN").value(offer.validUntil()));
        this.upserts = new MapperBatchWriter<>(sessions, OfferMapper.class, OfferMapper::upsert);
        this.withdrawals = new MapperBatchWriter<>(sessions, OfferMapper.class, OfferMapper::withdraw);
    }

    @Override
    public void write(Chunk<? extends OfferOutcome> chunk) throws Exception {
        Chunk<OfferRow> fresh = new Chunk<>();
        Chunk<OfferRow> again = new Chunk<>();
        Chunk<OfferOutcome> withdrawn = new Chunk<>();
        for (OfferOutcome outcome : chunk) {
            if (outcome.withdrawn()) {
                withdrawn.add(outcome);
            } else if (outcome.madeEarlier()) {
                again.add(outcome.offer());
            } else {
                fresh.add(outcome.offer());
            }
        }
        inserts.write(fresh);
        if (!again.isEmpty()) {
            upserts.write(again);
        }
        if (!withdrawn.isEmpty()) {
            withdrawals.write(withdrawn);
        }
    }
}
