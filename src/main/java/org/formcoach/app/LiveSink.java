package org.formcoach.app;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.CoachViewModel;
import org.formcoach.app.model.RoutineSession;
import org.formcoach.app.model.SoundCues;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.PipelineStatus;
import org.opencv.core.Mat;

/**
 * The window's end of the pipeline, on the inference thread: moves the routine on, builds what to
 * show, converts the image and leaves the result in a newest-wins slot that the JavaFX thread's
 * animation timer takes. Nothing queues up: a frame the screen had no time for is replaced.
 */
final class LiveSink implements CoachSink {

    private final RoutineSession session;
    private final CoachViewModel viewModel;
    private final SoundCues sounds;
    private final Consumer<org.formcoach.app.model.Sound> player;
    private final Consumer<ExerciseProgram> switcher;
    private final AtomicReference<Rendered> latest = new AtomicReference<>();
    private final AtomicReference<PipelineStatus> status = new AtomicReference<>();
    private final AtomicReference<PipelineResult> finished = new AtomicReference<>();
    private final AtomicLong frames = new AtomicLong();
    private final FrameImages images = new FrameImages();
    private volatile CoachFrame lastFrame;
    private volatile Rendered lastRendered;
    private volatile Consumer<CoachFrame> listener = f -> { };

    LiveSink(RoutineSession session, CoachViewModel viewModel, SoundCues sounds,
            Consumer<org.formcoach.app.model.Sound> player, Consumer<ExerciseProgram> switcher) {
        this.session = session;
        this.viewModel = viewModel;
        this.sounds = sounds;
        this.player = player;
        this.switcher = switcher;
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        RoutineSession.Update update = session.onFrame(frame);
        update.switchTo().ifPresent(switcher);
        CoachView view = viewModel.present(frame, update.state(), fps());
        lastFrame = frame;
        Rendered rendered = new Rendered(images.toFxImage(image), view, frame.index());
        lastRendered = rendered;
        latest.set(rendered);
        frames.incrementAndGet();
        if (session.isCurrent(frame)) {
            sounds.onFrame(frame.form()).ifPresent(player);
        }
        listener.accept(frame);
    }

    /** Also hands every analysed frame to {@code frames} (on the inference thread), e.g. desk mode's watch. */
    void listen(Consumer<CoachFrame> frames) {
        this.listener = frames;
    }

    @Override
    public void onStatus(PipelineStatus s) {
        status.set(s);
    }

    @Override
    public void onFinished(PipelineResult result) {
        images.close();
        finished.set(result);
    }

    /** Applies a skip or restart the user asked for, and shows its effect even while paused. */
    void apply(RoutineSession.Update update) {
        update.switchTo().ifPresent(switcher);
        Rendered last = lastRendered;
        CoachView view = viewModel.present(lastFrame, update.state(), fps());
        Rendered again = new Rendered(last == null ? null : last.image(), view, last == null ? -1 : last.frameIndex());
        lastRendered = again;
        latest.set(again);
    }

    /** The newest frame not yet drawn, or null. */
    Rendered take() {
        return latest.getAndSet(null);
    }

    boolean hasPending() {
        return latest.get() != null;
    }

    PipelineStatus status() {
        return status.get();
    }

    PipelineResult finished() {
        return finished.get();
    }

    long frames() {
        return frames.get();
    }

    private double fps() {
        PipelineStatus s = status.get();
        return s == null ? 0 : s.fps();
    }
}
