package com.retention.domain.offers;

import com.retention.domain.common.Segment;
import java.math.BigDecimal;

/** Test helper: tariffs with only the fields a test cares about. */
final class Tariffs {

    String code = "T";
    TariffStatus status = TariffStatus.ACTIVE;
    Technology technology = Technology.MOBILE;
    Segment segment = Segment.B2C;
    BigDecimal fee = new BigDecimal("500");
    BigDecimal minutes = BigDecimal.ZERO;
    BigDecimal sms = BigDecimal.ZERO;
    BigDecimal dataGb = BigDecimal.ZERO;
    BigDecimal minutePrice = BigDecimal.ZERO;
    BigDecimal smsPrice = BigDecimal.ZERO;
    BigDecimal gbPrice = BigDecimal.ZERO;
    Integer speed;

    static Tariffs tariff(String code, String fee) {
        Tariffs t = new Tariffs();
        t.code = code;
        t.fee = new BigDecimal(fee);
        return t;
    }

    Tariffs legacy() {
        status = TariffStatus.LEGACY;
        return this;
    }

    Tariffs tech(Technology value) {
        technology = value;
        return this;
    }

    Tariffs segment(Segment value) {
        segment = value;
        return this;
    }

    Tariffs minutes(String included, String price) {
        minutes = included == null ? null : new BigDecimal(included);
        minutePrice = price == null ? null : new BigDecimal(price);
        return this;
    }

    Tariffs sms(String included, String price) {
        sms = included == null ? null : new BigDecimal(included);
        smsPrice = price == null ? null : new BigDecimal(price);
        return this;
    }

    Tariffs data(String includedGb, String price) {
        dataGb = includedGb == null ? null : new BigDecimal(includedGb);
        gbPrice = price == null ? null : new BigDecimal(price);
        return this;
    }

    Tariffs unlimitedData() {
        dataGb = null;
        return this;
    }

    Tariffs speed(int mbps) {
        speed = mbps;
        return this;
    }

    Tariff build() {
        return new Tariff(code, status, technology, segment, fee, minutes, sms, dataGb, minutePrice, smsPrice,
                gbPrice, speed);
    }
}
