package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.PyTorchRuntime;
import org.junit.jupiter.api.Test;

/** Which inference thread count each mode gets (docs/BENCHMARKS.md, "Threads per mode"). */
class ThreadDefaultsTest {

    @Test
    void oneThreadFromACameraPerModelForFilesAndWhatTheUserSaysWins() {
        String set = System.getProperty("formcoach.threads");
        System.clearProperty("formcoach.threads");
        try {
            assertEquals(1, ModelOption.threads(null, PyTorchRuntime.DEFAULT_THREADS), "a camera");
            assertEquals(1, ModelOption.threads(null, PyTorchRuntime.fileThreads(MoveNetModel.LIGHTNING)),
                    "files with Lightning: the decoder needs the other core");
            assertEquals(2, ModelOption.threads(null, PyTorchRuntime.fileThreads(MoveNetModel.THUNDER)),
                    "files with Thunder: inference needs both");
            assertEquals(3, ModelOption.threads(3, PyTorchRuntime.fileThreads(MoveNetModel.THUNDER)), "--threads");
            System.setProperty("formcoach.threads", "1");
            assertEquals(1, ModelOption.threads(null, PyTorchRuntime.fileThreads(MoveNetModel.THUNDER)),
                    "-Dformcoach.threads");
            assertEquals(2, ModelOption.threads(2, PyTorchRuntime.DEFAULT_THREADS), "--threads before the property");
        } finally {
            if (set == null) {
                System.clearProperty("formcoach.threads");
            } else {
                System.setProperty("formcoach.threads", set);
            }
        }
    }
}
