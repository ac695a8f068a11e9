package com.retention.domain.outcomes;

/** What becomes of one reported outcome: applied, a no-op, or rejected with the column and a plain reason. */
public record Verdict(Kind kind, String column, String reason) {

    public enum Kind {
        APPLY, UNCHANGED, REJECT
    }

    private static final Verdict APPLY = new Verdict(Kind.APPLY, null, null);

    public static Verdict apply() {
        return APPLY;
    }

    public static Verdict unchanged(String why) {
        return new Verdict(Kind.UNCHANGED, null, why);
    }

    public static Verdict reject(String column, String reason) {
        return new Verdict(Kind.REJECT, column, reason);
    }

    public boolean applies() {
        return kind == Kind.APPLY;
    }

    public boolean rejected() {
        return kind == Kind.REJECT;
    }
}
