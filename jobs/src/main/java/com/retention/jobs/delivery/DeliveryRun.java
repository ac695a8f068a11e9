package com.retention.jobs.delivery;

import com.retention.jobs.delivery.mail.MailDelivery;
import com.retention.jobs.delivery.sms.SmsDelivery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** One delivery run of D over the channels that are on (the deliver step, and every minute under serve). */
@Service
public class DeliveryRun {

    private final DeliveryProperties properties;
    private final SmsDelivery sms;
    private final MailDelivery mail;

    public DeliveryRun(DeliveryProperties properties, SmsDelivery sms, MailDelivery mail) {
        this.properties = properties;
        this.sms = sms;
        this.mail = mail;
    }

    public boolean anyChannelOn() {
        return properties.sms().enabled() || properties.mail().enabled();
    }

    /** @param at the window's and the retries' time; null = now */
    public List<DeliveryCounts> deliver(LocalDate date, Instant at) {
        List<DeliveryCounts> counts = new ArrayList<>(2);
        if (properties.sms().enabled()) {
            counts.add(sms.deliver(date, at, properties.sms(), SmsDelivery.Observer.NONE));
        }
        if (properties.mail().enabled()) {
            counts.add(mail.deliver(date));
        }
        return counts;
    }
}
