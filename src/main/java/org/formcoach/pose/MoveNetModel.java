package org.formcoach.pose;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two MoveNet SinglePose variants FormCoach ships, with the exact file each must be.
 * The checksums are those printed by {@code tools/model-convert/convert.sh}; see models/README.md.
 */
public enum MoveNetModel {
    LIGHTNING("lightning", 192, "movenet-lightning.pt",
            "87112bc47810e658a94803b8958c69c58e39c854c5500d9bbc19d6ae329106bc", 9416701L),
    THUNDER("thunder", 256, "movenet-thunder.pt",
            "5756172e7316a91f8fe1a3670022d81309f29fc53649655974f0dc1c58d00c72", 25123693L);

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
