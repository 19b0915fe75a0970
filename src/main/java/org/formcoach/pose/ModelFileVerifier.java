package org.formcoach.pose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks that a model file is the exact file FormCoach was built and tested with. */
public final class ModelFileVerifier {

    static final String HOW_TO_RESTORE = "restore it with 'git checkout -- models/' or regenerate it with"
            + " tools/model-convert/convert.sh and quantize.sh (see models/README.md)";

    private ModelFileVerifier() {
    }

    /** Throws a {@link ModelLoadException} naming the file if it is missing, truncated or altered. */
    public static void verify(ModelFile expected, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("Model file " + file + " is missing: " + HOW_TO_RESTORE + ".");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ModelLoadException("Model file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (size < expected.size()) {
            throw new ModelLoadException(String.format(
                    "Model file %s is truncated: %,d of %,d bytes; %s.", file, size, expected.size(), HOW_TO_RESTORE));
        }
        String actual = sha256(file);
        if (!actual.equals(expected.sha256())) {
            throw new ModelLoadException("Model file " + file + " has the wrong checksum (SHA-256 " + actual
                    + ", expected " + expected.sha256() + "): it is corrupt or a different model; " + HOW_TO_RESTORE + ".");
        }
    }

    /** Hex SHA-256 of {@code data} (e.g. a model input tensor, to tell whether preprocessing changed). */
    public static String sha256(byte[] data) {
        return HexFormat.of().formatHex(digest().digest(data));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ModelLoadException("Model file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
