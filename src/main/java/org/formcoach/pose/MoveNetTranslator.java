package org.formcoach.pose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.ByteBuffer;
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
final class MoveNetTranslator implements NoBatchifyTranslator<MoveNetTranslator.Input, Pose> {

    record Input(Mat bgr, Crop crop) {
    }

    private static final String TRANSFORM = "letterbox";
    private final int inputSize;

    MoveNetTranslator(int inputSize) {
        this.inputSize = inputSize;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Input input) {
        Letterbox.Prepared prepared = Letterbox.prepare(input.bgr(), input.crop(), inputSize);
        ctx.setAttachment(TRANSFORM, prepared.transform());
        ByteBuffer bytes = ctx.getNDManager().allocateDirect(prepared.rgb().length);
        bytes.put(prepared.rgb()).flip();
        NDArray rgb = ctx.getNDManager().create(bytes, new Shape(1, inputSize, inputSize, 3), DataType.UINT8);
        return new NDList(rgb.toType(DataType.INT32, false));
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
