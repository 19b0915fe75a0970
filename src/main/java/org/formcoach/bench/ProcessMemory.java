package org.formcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident set size (native memory included), where the OS tells it. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Resident set size in MiB from /proc/self/status (Linux), or -1 elsewhere. */
    public static double residentMiB() {
        return statusMiB("VmRSS:");
    }

    /**
     * The highest resident set size of the process so far, as the kernel counts it (what
     * {@code /usr/bin/time -v} calls the maximum resident set size), in MiB; -1 where unknown.
     */
    public static double peakResidentMiB() {
        return statusMiB("VmHWM:");
    }

    private static double statusMiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no /proc
        }
        return -1;
    }
}
