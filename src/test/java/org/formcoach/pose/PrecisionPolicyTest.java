package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** INT8 runs only where its fidelity was measured; everywhere else FormCoach says why it uses FP32. */
class PrecisionPolicyTest {

    private static final String CPUINFO = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            model name\t: Intel(R) Xeon(R) Processor
            flags\t\t: fpu vme sse sse2 avx avx2 avx512f avx512_vnni avx_vnni amx_int8
            
            processor\t: 1
            model name\t: Intel(R) Xeon(R) Processor
            flags\t\t: fpu vme sse sse2 avx avx2 avx512f avx512_vnni avx_vnni amx_int8
            """;

    private static CpuFeatures linux(String... flags) {
        return new CpuFeatures("linux", "amd64", "Test CPU", Set.of(flags));
    }

    @Test
    void readsTheModelAndFlagsOfProcCpuinfo() {
        CpuFeatures cpu = CpuFeatures.parse("linux", "amd64", CPUINFO);
        assertEquals("Intel(R) Xeon(R) Processor", cpu.model());
        assertTrue(cpu.has("avx512_vnni"));
        assertTrue(cpu.has("amx_int8"));
        assertFalse(cpu.has("avx512_vnni2"));
        assertTrue(PrecisionPolicy.proven(cpu));
    }

    @Test
    void autoIsInt8OnlyOnLinuxX86WithAvx512Vnni() {
        assertEquals(Precision.INT8, PrecisionPolicy.decide("auto", linux("avx2", "avx512f", "avx512_vnni")).precision());
        PrecisionPolicy.Choice avx2 = PrecisionPolicy.decide("auto", linux("avx2", "avx512f"));
        assertEquals(Precision.FP32, avx2.precision());
        assertTrue(avx2.reason().contains("AVX-512 VNNI") && avx2.reason().contains("Test CPU"), avx2.reason());
        PrecisionPolicy.Choice alderLake = PrecisionPolicy.decide("auto", linux("avx2", "avx_vnni"));
        assertEquals(Precision.FP32, alderLake.precision(), "avx_vnni: libtorch takes fbgemm's AVX2 kernels");
        assertTrue(alderLake.reason().contains("avx_vnni"), alderLake.reason());
        PrecisionPolicy.Choice arm = PrecisionPolicy.decide("AUTO",
                new CpuFeatures("linux", "aarch64", "", Set.of("asimd", "asimddp")));
        assertEquals(Precision.FP32, arm.precision());
        assertTrue(arm.reason().contains("aarch64"), arm.reason());
        PrecisionPolicy.Choice mac = PrecisionPolicy.decide("auto", new CpuFeatures("mac os x", "aarch64", "", Set.of()));
        assertEquals(Precision.FP32, mac.precision());
        assertTrue(mac.reason().contains("mac os x"), mac.reason());
    }

    @Test
    void anExplicitChoiceWinsAndAnUncheckedInt8IsSaidPlainly() {
        assertEquals(Precision.FP32, PrecisionPolicy.decide("fp32", linux("avx512_vnni")).precision());
        PrecisionPolicy.Choice forced = PrecisionPolicy.decide("int8", linux("avx2"));
        assertEquals(Precision.INT8, forced.precision());
        assertTrue(forced.reason().contains("drift") && forced.reason().contains("fp32"), forced.reason());
        PrecisionPolicy.Choice armForced = PrecisionPolicy.decide("int8",
                new CpuFeatures("linux", "aarch64", "", Set.of("asimd")));
        assertEquals(Precision.INT8, armForced.precision());
        assertTrue(armForced.reason().contains("NOT been checked"), armForced.reason());
        assertThrows(IllegalArgumentException.class, () -> PrecisionPolicy.decide("int4", linux("avx512_vnni")));
    }

    @Test
    void eachModelHasAnInt8FileBesideItsFloatFile() {
        for (MoveNetModel m : MoveNetModel.values()) {
            ModelFile fp32 = m.file(Precision.FP32);
            ModelFile int8 = m.file(Precision.INT8);
            assertEquals("movenet-" + m.id() + ".pt", fp32.fileName());
            assertEquals("movenet-" + m.id() + "-int8.pt", int8.fileName());
            assertTrue(int8.size() * 3 < fp32.size(), "the INT8 file is at least 3x smaller: " + int8);
        }
    }
}
