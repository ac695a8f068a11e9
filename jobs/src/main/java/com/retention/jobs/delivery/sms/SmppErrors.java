package com.retention.jobs.delivery.sms;

import java.util.Set;

/** Which SMPP 3.4 command statuses of a submit_sm_resp mean "try again later" rather than "never". */
final class SmppErrors {

    /** ESME_RSYSERR, ESME_RMSGQFUL, ESME_RSUBMITFAIL, ESME_RTHROTTLED, ESME_RX_T_APPN. */
    private static final Set<Integer> TRANSIENT = Set.of(0x08, 0x14, 0x45, 0x58, 0x64);

    private SmppErrors() {
    }

    static boolean isTransient(int commandStatus) {
        return TRANSIENT.contains(commandStatus);
    }

    static String describe(int commandStatus) {
        String name = switch (commandStatus) {
            case 0x08 -> "ESME_RSYSERR";
            case 0x0A -> "ESME_RINVSRCADR";
            case 0x0B -> "ESME_RINVDSTADR";
            case 0x14 -> "ESME_RMSGQFUL";
            case 0x45 -> "ESME_RSUBMITFAIL";
            case 0x58 -> "ESME_RTHROTTLED";
            case 0x64 -> "ESME_RX_T_APPN";
            case 0x66 -> "ESME_RX_P_APPN";
            case 0x67 -> "ESME_RX_R_APPN";
            default -> "SMPP error";
        };
        return String.format("%s (0x%08X)", name, commandStatus);
    }
}
