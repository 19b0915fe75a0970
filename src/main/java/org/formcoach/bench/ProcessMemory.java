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
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no /proc
        }
        return -1;
    }
}
