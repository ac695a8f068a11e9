package com.retention.domain.messages;

/** How an SMS text travels: GSM 03.38 7-bit when every character fits, UCS-2 otherwise. */
public enum SmsEncoding {
    GSM_7(160, 153),
    UCS_2(70, 67);

    private final int singleLimit;
    private final int partLimit;

    SmsEncoding(int singleLimit, int partLimit) {
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }

    /** Units (septets or UTF-16 code units) that fit in a message sent as one part. */
    public int singleLimit() {
        return singleLimit;
    }

    /** Units per part of a concatenated message: the user data header takes the rest. */
    public int partLimit() {
        return partLimit;
    }
}
