package org.formcoach.pose;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two MoveNet SinglePose variants FormCoach ships, with the exact file each must be.
 * The checksums are those printed by {@code tools/model-convert/convert.sh}; see models/README.md.
 */
public enum MoveNetModel {
    LIGHTNING("lightning", 192, "movenet-lightning.pt",
            "177e7f754b6915931c66c1702541d62463bc8b51b45121b137c3029bd5a1c6c6", 9346418L),
    THUNDER("thunder", 256, "movenet-thunder.pt",
            "197e820183fadd0f00ca8ffb71249745dd7ae92fee5c8bdee7ed331482ae1c2e", 24999650L);

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
