package org.formcoach.pose;

import java.util.Locale;

/**
 * The two MoveNet SinglePose variants FormCoach ships, each as a float32 and an INT8 file, with the
 * exact bytes each must be. The checksums are those printed by {@code tools/model-convert/convert.sh}
 * and {@code tools/model-convert/quantize.sh}; see models/README.md.
 */
public enum MoveNetModel {
    LIGHTNING("lightning", 192,
            new ModelFile("movenet-lightning.pt",
                    "87112bc47810e658a94803b8958c69c58e39c854c5500d9bbc19d6ae329106bc", 9416701L),
            new ModelFile("movenet-lightning-int8.pt",
                    "ec76e95252dc5f895c6fa1b05782715a0b3d2e7e192cff300cac4f4dda770e74", 2836015L)),
    THUNDER("thunder", 256,
            new ModelFile("movenet-thunder.pt",
                    "5756172e7316a91f8fe1a3670022d81309f29fc53649655974f0dc1c58d00c72", 25123693L),
            new ModelFile("movenet-thunder-int8.pt",
                    "cf65b3de3ee5088e1748b1c403b537204495cb337cbbfa6a36e22d80005cf0c4", 7002982L));

    private final String id;
    private final int inputSize;
    private final ModelFile fp32;
    private final ModelFile int8;

    MoveNetModel(String id, int inputSize, ModelFile fp32, ModelFile int8) {
        this.id = id;
        this.inputSize = inputSize;
        this.fp32 = fp32;
        this.int8 = int8;
    }

    public String id() {
        return id;
    }

    /** Side of the square RGB input in pixels. */
    public int inputSize() {
        return inputSize;
    }

    /** The shipped file of this model in {@code precision}. */
    public ModelFile file(Precision precision) {
        return precision == Precision.INT8 ? int8 : fp32;
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
