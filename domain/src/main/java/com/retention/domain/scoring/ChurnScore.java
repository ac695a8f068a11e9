package com.retention.domain.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** Score 0..cap, its band and the reasons that made it, in {@link ReasonCode} order. */
public record ChurnScore(int score, ChurnBand band, List<ReasonCode> reasons) {

    public ChurnScore {
        reasons = List.copyOf(reasons);
    }

    /** The reasons joined by {@code ;} as scores.csv and offers.csv want them. */
    public String reasonsJoined() {
        return reasons.stream().map(Enum::name).collect(Collectors.joining(";"));
    }
}
