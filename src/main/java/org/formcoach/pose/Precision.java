package org.formcoach.pose;

import java.util.Locale;

/** The arithmetic a model file computes in: float32 weights and activations, or 8-bit integers. */
public enum Precision {
    FP32("fp32"),
    INT8("int8");

    private final String id;

    Precision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Precision fromId(String id) {
        for (Precision p : values()) {
            if (p.id.equals(id.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + id + "' (use int8, fp32 or auto)");
    }
}
