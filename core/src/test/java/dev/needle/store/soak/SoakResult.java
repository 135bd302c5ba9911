package dev.needle.store.soak;

import java.util.ArrayList;
import java.util.List;

/** What one arm of the soak went through: the cycles, and each kind of failure counted. */
final class SoakResult {
    final String arm;
    int cycles;
    int importsCompleted;
    int importsKilled;
    int killedButCommitted;
    int apiCycles;
    int writesAcknowledged;
    int writesInFlight;
    int inFlightStored;
    int writesRefused;
    int failedOpens;
    int assertionErrors;
    int mismatches;
    int lostWrites;
    long rowsImported;
    String multiProcess = "not tried";
    final List<String> problems = new ArrayList<>();

    SoakResult(String arm) {
        this.arm = arm;
    }

    int corruptions() {
        return failedOpens + assertionErrors + mismatches + lostWrites;
    }
}
