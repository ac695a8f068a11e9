package com.retention.jobs.facts;

import com.retention.domain.common.Segment;
import com.retention.domain.offers.Tariff;
import com.retention.domain.offers.TariffStatus;
import com.retention.domain.offers.Technology;
import java.math.BigDecimal;

/** A tariff row as stored; the schema already uses the domain's codes and its null = unlimited. */
public class TariffRow {

    String tariffCode;
    String status;
    String technology;
    String segment;
    BigDecimal monthlyFee;
    BigDecimal includedMinutes;
    BigDecimal includedSms;
    BigDecimal includedDataGb;
    BigDecimal minutePrice;
    BigDecimal smsPrice;
    BigDecimal gbPrice;
    Integer speedMbps;

    public Tariff toTariff() {
        return new Tariff(tariffCode, TariffStatus.valueOf(status), Technology.valueOf(technology),
                Segment.valueOf(segment), monthlyFee, includedMinutes, includedSms, includedDataGb,
                minutePrice, smsPrice, gbPrice, speedMbps);
    }
}
