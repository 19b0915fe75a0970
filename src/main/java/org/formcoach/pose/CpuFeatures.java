package org.formcoach.pose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the processor can do, as far as FormCoach needs to know: the architecture and, on Linux, the
 * instruction-set flags the kernel reports in /proc/cpuinfo. Elsewhere the flags are unknown (empty).
 */
public record CpuFeatures(String os, String arch, String model, Set<String> flags) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private static final class Current {
        static final CpuFeatures VALUE = read();
    }

    /** This computer's processor, read once per process. */
    public static CpuFeatures current() {
        return Current.VALUE;
    }

    private static CpuFeatures read() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !Files.isReadable(CPUINFO)) {
            return new CpuFeatures(os, arch, "", Set.of());
        }
        try {
            return parse(os, arch, Files.readString(CPUINFO));
        } catch (IOException | RuntimeException e) {
            return new CpuFeatures(os, arch, "", Set.of());
        }
    }

    /** Reads the first processor's "model name" and "flags" lines of a /proc/cpuinfo text. */
    public static CpuFeatures parse(String os, String arch, String cpuinfo) {
        String model = "";
        Set<String> flags = new TreeSet<>();
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("model name") && model.isEmpty()) {
                model = value;
            } else if (key.equals("flags") && flags.isEmpty()) {
                for (String f : value.split("\\s+")) {
                    if (!f.isEmpty()) {
                        flags.add(f);
                    }
                }
            }
        }
        return new CpuFeatures(os, arch, model, Set.copyOf(flags));
    }

    public boolean linux() {
        return os.contains("linux");
    }

    public boolean x86_64() {
        return arch.equals("amd64") || arch.equals("x86_64");
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
