package com.retention.domain.outages;

import java.util.Objects;

/** One row of the area hierarchy; parentCode is null (or blank) for a root. */
public record AreaLink(String code, String parentCode) {

    public AreaLink {
        Objects.requireNonNull(code, "code");
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
    }
}
