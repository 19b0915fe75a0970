package org.formcoach.pose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;

/**
 * Pre- and post-processing around the MoveNet TorchScript model.
 *
 * <p>In: a BGR image and the square crop to look at; the crop is letterboxed into an int32 tensor
 * [1, S, S, 3] of RGB values 0..255 (the model normalises internally). Out: the model's
 * [1, 1, 17, 3] tensor of (y, x, score), normalised to the input square, mapped back to source pixels.
 */
final class MoveNetTranslator implements NoBatchifyTranslator<MoveNetTranslator.Input, Pose>, AutoCloseable {

    record Input(Mat bgr, Crop crop) {
    }

    private static final String TRANSFORM = "letterbox";
    private final int inputSize;
    // Buffers reused for every frame: a fresh direct buffer per call is only freed when the garbage
    // collector gets round to it, which lets native memory pile up over a long session. A translator
    // serves one predictor, which is used from one thread.
    private final Letterbox letterbox;
    private final ByteBuffer direct;

    MoveNetTranslator(int inputSize) {
        this.inputSize = inputSize;
        this.letterbox = new Letterbox(inputSize);
        this.direct = ByteBuffer.allocateDirect(inputSize * inputSize * 3).order(ByteOrder.nativeOrder());
    }

    @Override
    public void close() {
        letterbox.close();
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Input input) {
        Letterbox.Prepared prepared = letterbox.prepare(input.bgr(), input.crop());
        ctx.setAttachment(TRANSFORM, prepared.transform());
        direct.clear();
        direct.put(prepared.rgb()).flip();
        // the uint8 tensor is converted (copied) to int32 at once, so the buffer is free again
        NDArray bytes = ctx.getNDManager().create(direct, new Shape(1, inputSize, inputSize, 3), DataType.UINT8);
        return new NDList(bytes.toType(DataType.INT32, false));
    }

    @Override
    public Pose processOutput(TranslatorContext ctx, NDList list) {
        float[] out = list.singletonOrThrow().toFloatArray();
        if (out.length != Keypoint.COUNT * 3) {
            throw new IllegalStateException("the model returned " + out.length + " values, expected 51");
        }
        LetterboxTransform t = (LetterboxTransform) ctx.getAttachment(TRANSFORM);
        return toPose(out, t);
    }

    /** Maps MoveNet's normalised (y, x, score) triples to a pose in source pixels. */
    static Pose toPose(float[] yxs, LetterboxTransform t) {
        List<PosePoint> points = new ArrayList<>(Keypoint.COUNT);
        for (int i = 0; i < Keypoint.COUNT; i++) {
            double inputY = yxs[3 * i] * t.inputSize();
            double inputX = yxs[3 * i + 1] * t.inputSize();
            points.add(new PosePoint(t.toSourceX(inputX), t.toSourceY(inputY), yxs[3 * i + 2]));
        }
        return new Pose(points, t.imageWidth(), t.imageHeight(), t.crop());
    }
}
