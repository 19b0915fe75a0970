package org.formcoach.pose;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two MoveNet SinglePose variants FormCoach ships, with the exact file each must be.
 * The checksums are those printed by {@code tools/model-convert/convert.sh}; see models/README.md.
 */
public enum MoveNetModel {
    LIGHTNING("lightning", 192, "movenet-lightning.pt",
            "7150c988f826516c79a91a9e114621f8bae5f2088f3fa2da7afa40c0e9ce87d6", 9350534L),
    THUNDER("thunder", 256, "movenet-thunder.pt",
            "0f07413dfd40b0ebb2a9f895175fdd668d1404ab0061683a1219d1211d9d2c2f", 25003766L);

    private final String id;
    private final int inputSize;
    private final String fileName;
    private final String sha256;
    private final long fileSize;

    MoveNetModel(String id, int inputSize, String fileName, String sha256, long fileSize) {
        this.id = id;
        this.inputSize = inputSize;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.fileSize = fileSize;
    }

    public String id() {
        return id;
    }

    /** Side of the square RGB input in pixels. */
    public int inputSize() {
        return inputSize;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public long fileSize() {
        return fileSize;
    }

    public Path fileIn(Path modelsDirectory) {
        return modelsDirectory.resolve(fileName);
    }

    public static MoveNetModel fromId(String id) {
        for (MoveNetModel m : values()) {
            if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "' (use lightning or thunder)");
    }
}
