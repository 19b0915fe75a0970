package org.formcoach.pose;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the pose model runs in INT8 or in float32.
 *
 * <p>The INT8 models are used only where their fidelity was measured: on Linux x86-64 with
 * AVX-512 VNNI. There libtorch's x86 engine runs the 1x1 convolutions through oneDNN's VNNI
 * kernels (32-bit accumulation) and the depthwise ones through fbgemm, with 7-bit weights so that
 * fbgemm's 16-bit pair sums cannot saturate. Without VNNI, libtorch sends every quantised
 * convolution to fbgemm, whose AVX2 kernels also sum pairs in 16 bits and saturate on the 8-bit
 * weights of the other convolutions: on an emulated AVX2 processor (Haswell) INT8 Lightning follows
 * another person on one of the five test photographs and twice as many keypoints drift (docs/INT8.md,
 * "Processors without VNNI"). So FormCoach uses float32 there and says so in one log line; on ARM
 * nothing has been measured.
 */
public final class PrecisionPolicy {

    /** {@code -Dformcoach.precision=auto|int8|fp32}: the default of {@code --precision}. */
    public static final String PROPERTY = "formcoach.precision";
    /** The instruction the INT8 models were proven with. */
    public static final String PROVEN_FLAG = "avx512_vnni";

    private static final Logger LOG = LoggerFactory.getLogger(PrecisionPolicy.class);
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    /** The precision in force and why, in words for the log. */
    public record Choice(Precision precision, String reason) {
    }

    private PrecisionPolicy() {
    }

    /**
     * The precision for {@code requested} ("auto", "int8", "fp32"; null means the
     * {@value #PROPERTY} property, else auto) on this computer. Logs the decision once.
     */
    public static Precision choose(String requested) {
        String value = requested != null ? requested : System.getProperty(PROPERTY, "auto");
        Choice choice = decide(value, CpuFeatures.current());
        if (LOGGED.add(choice.precision() + choice.reason())) {
            LOG.info("pose model precision: {}", choice.reason());
        }
        return choice.precision();
    }

    /** The decision for {@code requested} on {@code cpu}, without logging. */
    public static Choice decide(String requested, CpuFeatures cpu) {
        String r = requested.trim().toLowerCase(Locale.ROOT);
        boolean proven = proven(cpu);
        if (r.equals("fp32")) {
            return new Choice(Precision.FP32, "FP32 (asked for)");
        }
        if (r.equals("int8")) {
            if (proven) {
                return new Choice(Precision.INT8, "INT8 (asked for; this CPU has AVX-512 VNNI, where INT8 is proven)");
            }
            String risk = cpu.linux() && cpu.x86_64()
                    ? "on x86-64 without VNNI the INT8 models drift from float32 (measured on an emulated AVX2 CPU:"
                    + " docs/INT8.md)"
                    : "its fidelity has NOT been checked there";
            return new Choice(Precision.INT8, "INT8 (asked for) on a CPU without AVX-512 VNNI (" + describe(cpu)
                    + "): " + risk + "; --precision fp32 is the safe choice");
        }
        if (!r.equals("auto")) {
            throw new IllegalArgumentException("unknown precision '" + requested + "' (use auto, int8 or fp32)");
        }
        if (proven) {
            return new Choice(Precision.INT8, "INT8 (this CPU has AVX-512 VNNI, where the INT8 models are proven)");
        }
        return new Choice(Precision.FP32, "FP32, because the INT8 models are proven only on x86-64 Linux with"
                + " AVX-512 VNNI and this computer is " + describe(cpu));
    }

    /** True where the INT8 models' fidelity was measured: Linux x86-64 with AVX-512 VNNI. */
    public static boolean proven(CpuFeatures cpu) {
        return cpu.linux() && cpu.x86_64() && cpu.has(PROVEN_FLAG);
    }

    private static String describe(CpuFeatures cpu) {
        if (!cpu.linux()) {
            return cpu.os() + " on " + cpu.arch() + " (instruction flags not read)";
        }
        if (!cpu.x86_64()) {
            return "Linux on " + cpu.arch();
        }
        String model = cpu.model().isEmpty() ? "an x86-64 CPU" : cpu.model();
        return model + " without " + PROVEN_FLAG + (cpu.has("avx_vnni") ? " (it has avx_vnni, but libtorch"
                + " takes oneDNN's VNNI kernels only with AVX-512 VNNI)" : "");
    }
}
