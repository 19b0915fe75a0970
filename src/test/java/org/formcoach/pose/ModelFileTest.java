package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a model file can be broken gives a message that names the file and the fix. */
class ModelFileTest {

    @TempDir
    Path dir;

    private final MoveNetModel model = MoveNetModel.LIGHTNING;
    private final ModelFile fp32 = model.file(Precision.FP32);
    private final Path shipped = fp32.in(ModelDirectory.resolve());

    @Test
    void missingFile() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MoveNetEstimator.load(model, Precision.FP32, dir));
        assertMessage(e, "is missing");
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(shipped);
        Files.write(fp32.in(dir), Arrays.copyOf(bytes, bytes.length / 2));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MoveNetEstimator.load(model, Precision.FP32, dir));
        assertMessage(e, "is truncated");
    }

    @Test
    void alteredFile() throws IOException {
        byte[] bytes = Files.readAllBytes(shipped);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(fp32.in(dir), bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MoveNetEstimator.load(model, Precision.FP32, dir));
        assertMessage(e, "wrong checksum");
    }

    @Test
    void notATorchScriptFile() throws IOException {
        Path file = fp32.in(dir);
        Files.writeString(file, "this is not a model\n".repeat(1000));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MoveNetEstimator.loadFile(model, file));
        assertMessage(e, "not a loadable TorchScript model");
    }

    @Test
    void shippedFilesPassTheCheck() {
        for (MoveNetModel m : MoveNetModel.values()) {
            for (Precision p : Precision.values()) {
                ModelFileVerifier.verify(m.file(p), m.file(p).in(ModelDirectory.resolve()));
            }
        }
    }

    private void assertMessage(ModelLoadException e, String problem) {
        String m = e.getMessage();
        assertTrue(m.contains(fp32.fileName()), "names the file: " + m);
        assertTrue(m.contains(problem), "says what is wrong (" + problem + "): " + m);
        assertTrue(m.contains("git checkout -- models/"), "says how to fix it: " + m);
    }
}
