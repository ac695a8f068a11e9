package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactCapsTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 23);
    private static final String PHONE = "+79160000001";
    private final ContactCapsConfig config = ContactCapsConfig.defaults();

    @Test
    void defaultsAreTheProductsCaps() {
        assertThat(config.calls()).isEqualTo(new ContactCapsConfig.Limits(1, 2, 8));
        assertThat(config.sms()).isEqualTo(new ContactCapsConfig.Limits(2, 4, 16));
        assertThat(config.forChannel(Channel.EMAIL)).isNull();
    }

    @Test
    void weekIsDMinus6ToDAndMonthIsDMinus29ToD() {
        ContactCaps caps = new ContactCaps(config, D, List.of(
                past("s1", 6), past("s1", 7), past("s1", 29), past("s1", 30), past("s1", -1)));

        assertThat(caps.countForSubscriber("s1", Channel.SMS, 1)).isZero();
        assertThat(caps.countForSubscriber("s1", Channel.SMS, ContactCaps.WEEK_DAYS)).isEqualTo(1);
        assertThat(caps.countForSubscriber("s1", Channel.SMS, ContactCaps.MONTH_DAYS)).isEqualTo(3);
        assertThat(caps.countForPhone(PHONE, Channel.SMS, ContactCaps.MONTH_DAYS)).isEqualTo(3);
        assertThat(caps.countForSubscriber("s1", Channel.CALL, ContactCaps.MONTH_DAYS)).isZero();
    }

    @Test
    void dayCapCountsTodaysOwnGrants() {
        ContactCaps caps = new ContactCaps(config, D, List.of());
        for (int i = 0; i < config.sms().perDay(); i++) {
            assertThat(caps.check("s1", PHONE, Channel.SMS)).isEmpty();
            caps.record("s1", PHONE, Channel.SMS);
        }
        assertThat(caps.check("s1", PHONE, Channel.SMS)).contains(SuppressionReason.CAP_SUBSCRIBER);
    }

    @Test
    void weekAndMonthCapsFromHistory() {
        ContactCaps week = new ContactCaps(config, D, List.of(call("s1", 2), call("s1", 5)));
        assertThat(week.check("s1", PHONE, Channel.CALL)).contains(SuppressionReason.CAP_SUBSCRIBER);

        List<PastContact> eightThisMonth = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> call("s2", 8 + i * 2)).toList();
        ContactCaps month = new ContactCaps(config, D, eightThisMonth);
        assertThat(month.countForSubscriber("s2", Channel.CALL, ContactCaps.WEEK_DAYS)).isZero();
        assertThat(month.check("s2", PHONE, Channel.CALL)).contains(SuppressionReason.CAP_SUBSCRIBER);
    }

    @Test
    void sharedPhoneIsOnePerson() {
        ContactCaps caps = new ContactCaps(config, D, List.of(call("husband", 1), call("wife", 3)));

        assertThat(caps.check("son", PHONE, Channel.CALL)).contains(SuppressionReason.CAP_PHONE);
        assertThat(caps.check("son", "+79169999999", Channel.CALL)).isEmpty();
        assertThat(caps.check("son", null, Channel.CALL)).as("no phone, no phone cap").isEmpty();
    }

    @Test
    void emailIsNotCapped() {
        ContactCaps caps = new ContactCaps(config, D, List.of());
        for (int i = 0; i < 50; i++) {
            caps.record("s1", null, Channel.EMAIL);
        }
        assertThat(caps.check("s1", null, Channel.EMAIL)).isEmpty();
    }

    private static PastContact past(String subscriber, int daysAgo) {
        return new PastContact(subscriber, PHONE, D.minusDays(daysAgo), Channel.SMS);
    }

    private static PastContact call(String subscriber, int daysAgo) {
        return new PastContact(subscriber, PHONE, D.minusDays(daysAgo), Channel.CALL);
    }
}
