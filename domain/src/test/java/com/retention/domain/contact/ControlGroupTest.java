package com.retention.domain.contact;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ControlGroupTest {

    private final ControlGroup tenPercent = new ControlGroup(ControlGroupConfig.defaults());

    @Test
    void defaultShareIsTenPercentAndHoldsOutAboutThat() {
        assertThat(ControlGroupConfig.defaults().share()).isEqualTo(0.10);
        long heldOut = IntStream.range(0, 20_000)
                .filter(i -> tenPercent.isHeldOut(Campaign.RETENTION, "SAVING", "SUB" + i)).count();
        assertThat(heldOut).isBetween(1_800L, 2_200L);
    }

    @Test
    void bucketIsTheFirstEightBytesOfSha256() throws Exception {
        // Recomputed independently with BigInteger: the formula is what keeps groups stable across JVMs.
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("RETENTION\u0000S-000123".getBytes(StandardCharsets.UTF_8));
        long expected = new BigInteger(1, Arrays.copyOf(digest, 8)).mod(BigInteger.valueOf(10_000)).longValue();

        assertThat(ControlGroup.bucket("RETENTION", "S-000123")).isEqualTo(expected);
    }

    @Test
    void serviceCampaignsHaveNoControlGroup() {
        ControlGroup everyone = new ControlGroup(new ControlGroupConfig(1.0));
        assertThat(everyone.isHeldOut(Campaign.OUTAGE, "APOLOGY", "s1")).isFalse();
        assertThat(everyone.isHeldOut(Campaign.DUNNING, "REMINDER_CALL", "s1")).isFalse();
        assertThat(everyone.isHeldOut(Campaign.MARKETING, "SPRING", "s1")).isTrue();
    }

    @Test
    void retentionStepsShareAGroupAndEachMarketingListHasItsOwn() {
        assertThat(ControlGroup.campaignKey(Campaign.RETENTION, "SAVING"))
                .isEqualTo(ControlGroup.campaignKey(Campaign.RETENTION, "UPGRADE"));
        assertThat(ControlGroup.campaignKey(Campaign.MARKETING, "SPRING"))
                .isNotEqualTo(ControlGroup.campaignKey(Campaign.MARKETING, "AUTUMN"));
    }

    @Property
    void membershipIsStableAndMonotoneInTheShare(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String subscriber) {
        ControlGroup small = new ControlGroup(new ControlGroupConfig(0.05));
        ControlGroup fresh = new ControlGroup(ControlGroupConfig.defaults());
        boolean held = tenPercent.isHeldOut(Campaign.RETENTION, "SAVING", subscriber);

        assertThat(fresh.isHeldOut(Campaign.RETENTION, "UPGRADE", subscriber)).isEqualTo(held);
        if (small.isHeldOut(Campaign.RETENTION, "SAVING", subscriber)) {
            assertThat(held).as("raising the share never releases anyone").isTrue();
        }
        assertThat(new ControlGroup(new ControlGroupConfig(0.0)).isHeldOut(Campaign.RETENTION, "SAVING", subscriber)).isFalse();
    }
}
