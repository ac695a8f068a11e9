package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test fixtures: candidates with every consent given, and a policy without a control group unless asked. */
final class Candidates {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private Candidates() {
    }

    static ContactCandidate.Builder call(String id, String subscriber, String phone) {
        return ContactCandidate.builder().candidateId(id).subscriberId(subscriber).phone(phone)
                .consentCalls(true).consentSms(true).consentEmail(true)
                .channel(Channel.CALL).campaign(Campaign.RETENTION).step("SAVING")
                .expectedValue(BigDecimal.valueOf(100));
    }

    static ContactCandidate.Builder sms(String id, String subscriber, String phone) {
        return call(id, subscriber, phone).channel(Channel.SMS);
    }

    static ContactPolicy policyWithoutControlGroup() {
        ContactPolicyConfig d = ContactPolicyConfig.defaults();
        return new ContactPolicy(new ContactPolicyConfig(d.callWindow(), d.holidays(), d.caps(),
                new ControlGroupConfig(0.0), d.teams(), d.complaintCooldownDays()));
    }

    static ContactPolicyInput input(LocalDate date, List<ContactCandidate> candidates) {
        return new ContactPolicyInput(date, candidates, List.of(), Set.of());
    }
}
