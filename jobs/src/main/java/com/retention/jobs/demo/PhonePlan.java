package com.retention.jobs.demo;

/**
 * Russian mobile numbers (+79xx…) that never repeat: number i is an affine permutation of i over
 * the space (operator code × 10^7), so any two indexes give two different valid numbers.
 */
final class PhonePlan {

    /** Mobile operator codes libphonenumber knows as RU (930 is not; +7 7xx is Kazakhstan). */
    private static final int[] CODES = codes();
    private static final long BLOCK = 10_000_000L;
    private static final long SPACE = CODES.length * BLOCK;
    /** 3^18: coprime to 2, 5 and (checked below) the number of codes, so i -> i*STRIDE mod SPACE is a permutation;
     * large and irregular, so neighbouring subscribers get unrelated numbers. */
    private static final long STRIDE = 387_420_489L;

    static {
        if (java.math.BigInteger.valueOf(STRIDE).gcd(java.math.BigInteger.valueOf(SPACE)).intValue() != 1) {
            throw new IllegalStateException("phone stride must be coprime to the number space");
        }
    }

    private final long offset;

    PhonePlan(long seed) {
        this.offset = Math.floorMod(Seeds.mix(seed ^ Seeds.PHONE), SPACE);
    }

    /** The number for index {@code i} (0 <= i < SPACE), E.164. */
    String phone(long i) {
        long n = Math.floorMod((i % SPACE) * STRIDE + offset, SPACE);
        int code = CODES[(int) (n / BLOCK)];
        return "+7" + code + String.format(java.util.Locale.ROOT, "%07d", n % BLOCK);
    }

    private static int[] codes() {
        return java.util.stream.IntStream.rangeClosed(900, 999)
                .filter(c -> c <= 929 || (c >= 931 && c <= 939) || (c >= 950 && c <= 953) || c == 958
                        || (c >= 960 && c <= 969) || (c >= 977 && c <= 989) || c >= 991)
                .toArray();
    }
}
