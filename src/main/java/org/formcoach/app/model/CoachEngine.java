package org.formcoach.app.model;

import java.util.List;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.PipelineStatus;
import org.formcoach.pose.MoveNetModel;

/**
 * What the window needs from the coaching machinery: open a source and start analysing it. The app
 * uses {@code PipelineEngine} (camera or file, MoveNet, the form engine); tests may put another
 * feed of frames behind the same seam while the whole window stays real.
 */
public interface CoachEngine extends AutoCloseable {

    /**
     * What to analyse.
     *
     * @param source  a camera index, /dev/videoN, a video file, an image folder or an image
     * @param capture camera resolution asked for
     * @param model   the pose model
     */
    record Request(String source, CaptureRequest capture, MoveNetModel model) {
    }

    /** A running analysis; every method is safe from any thread. */
    interface Running extends AutoCloseable {
        void pause();

        void resume();

        void switchExercise(ExerciseProgram program);

        PipelineStatus status();

        /** The source's frame rate (a recording's video plays at it), or 0 when unknown. */
        default double sourceFps() {
            return 0;
        }

        /** Stops and releases the source. */
        @Override
        void close();
    }

    /**
     * Opens the source and starts analysing it into {@code sink}, beginning with {@code first}.
     * Blocks while the model loads and the source opens: never call it on the JavaFX thread.
     *
     * @throws org.formcoach.capture.CaptureException   the source cannot be opened (message for the user)
     * @throws org.formcoach.pose.ModelLoadException    the model cannot be loaded (message for the user)
     */
    Running start(Request request, ExerciseProgram first, CoachSink sink);

    /** The cameras that can be opened now. */
    List<CameraDevice> cameras();

    /** Releases loaded models. */
    @Override
    void close();
}
