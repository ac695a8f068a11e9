package com.retention.domain.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Decides who is held out of a sales campaign as the uplift baseline. The choice is a stable hash
 * of the campaign and the subscriber (first 8 bytes of SHA-256), so the same subscriber stays in or
 * out of a campaign's control group every night, on every JVM, whatever else changes.
 * Service notices (outage, dunning) and the save desk's SAVE calls never have a control group.
 */
public final class ControlGroup {

    /** Hash buckets; the share is applied with a resolution of 0.01 %. */
    public static final long BUCKETS = 10_000;

    private final long heldOutBuckets;

    public ControlGroup(ControlGroupConfig config) {
        this.heldOutBuckets = Math.round(config.share() * BUCKETS);
    }

    /**
     * The campaign identity the control group is drawn for: a marketing campaign is its target
     * list's code (the step), so each list gets its own control group; retention steps (SAVING,
     * UPGRADE) share one so a subscriber cannot be control for one and contacted for the other.
     */
    public static String campaignKey(Campaign campaign, String step) {
        return campaign == Campaign.MARKETING ? "MARKETING:" + step : campaign.name();
    }

    /** How many of the {@link #BUCKETS} are held out: a subscriber whose bucket is below it is control. */
    public long heldOutBuckets() {
        return heldOutBuckets;
    }

    public boolean isHeldOut(Campaign campaign, String step, String subscriberId) {
        Objects.requireNonNull(subscriberId, "subscriberId");
        if (campaign.isService() || SaveCall.is(campaign, step)) {
            return false; // nobody who asked to leave is left unanswered for a baseline
        }
        return bucket(campaignKey(campaign, step), subscriberId) < heldOutBuckets;
    }

    /** The subscriber's bucket 0..9999 for a campaign key; exposed for reports and tests. */
    public static long bucket(String campaignKey, String subscriberId) {
        byte[] digest = sha256(campaignKey + "\u0000" + subscriberId);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return Long.remainderUnsigned(value, BUCKETS);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
