package org.formcoach.app.model;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.PipelineStatus;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.session.SessionRecorder;
import org.opencv.core.Mat;

/**
 * One session's end of the pipeline, on the inference thread: moves the routine on, builds what to
 * show and hands it to the display, decides the sound, and tells the controller what it must react
 * to (the routine is done, the pipeline's message changed, the source ended).
 */
final class SessionSink implements CoachSink {

    /** What the controller hears from the inference thread; implementations hand it to their own thread. */
    interface Signals {
        /** The session's first frame was analysed. */
        void firstFrame();

        void routineDone();

        void statusChanged(PipelineStatus status);

        void finished(PipelineResult result);
    }

    private final RoutineSession session;
    private final CoachViewModel viewModel;
    private final SoundCues sounds;
    private final Consumer<Sound> player;
    private final Consumer<ExerciseProgram> switcher;
    private final FrameDisplay display;
    private final Signals signals;
    private final AtomicReference<PipelineStatus> status = new AtomicReference<>();
    private final AtomicReference<PipelineResult> finished = new AtomicReference<>();
    private final AtomicLong frames = new AtomicLong();
    private volatile CoachFrame lastFrame;
    private volatile Consumer<CoachFrame> listener = f -> { };
    private volatile CoachSink recording;
    private volatile boolean closed;
    private volatile SessionRecorder recorder;
    private volatile boolean doneSignalled;
    private String lastMessage = "";

    SessionSink(RoutineSession session, CoachViewModel viewModel, SoundCues sounds, Consumer<Sound> player,
            Consumer<ExerciseProgram> switcher, FrameDisplay display, Signals signals, SessionRecorder recorder) {
        this.recorder = recorder;
        this.session = session;
        this.viewModel = viewModel;
        this.sounds = sounds;
        this.player = player;
        this.switcher = switcher;
        this.display = display;
        this.signals = signals;
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        if (closed) {
            return;  // a session being stopped: its last frames are nobody's business
        }
        RoutineRunner.State before = session.state();
        RoutineSession.Update update = session.onFrame(frame);
        recorder.onFrame(frame, before);
        update.switchTo().ifPresent(switcher);
        lastFrame = frame;
        CoachView view = viewModel.present(frame, update.state(), fps());
        display.show(view, frame.index(), image);
        if (frames.incrementAndGet() == 1) {
            signals.firstFrame();
        }
        if (session.isCurrent(frame)) {
            sounds.onFrame(frame.form()).ifPresent(player);
            sounds.onBreath(view.breath()).ifPresent(player);
        } else {
            sounds.onBreath(null);
        }
        listener.accept(frame);
        CoachSink r = recording;
        if (r != null && image != null) {
            r.onFrame(frame, image);
        }
        if (update.state().phase() == RoutineRunner.Phase.DONE && !doneSignalled) {
            doneSignalled = true;
            signals.routineDone();
        }
    }

    /** Also hands every analysed frame to {@code frames} (on the inference thread), e.g. desk mode's watch. */
    void listen(Consumer<CoachFrame> frames) {
        this.listener = frames;
    }

    /** Also hands every analysed frame with its picture to {@code sink} (a recording), or to nobody when null. */
    void recordInto(CoachSink sink) {
        this.recording = sink;
    }

    @Override
    public void onStatus(PipelineStatus s) {
        status.set(s);
        if (!closed && !s.message().equals(lastMessage)) {
            lastMessage = s.message();
            signals.statusChanged(s);
        }
    }

    @Override
    public void onFinished(PipelineResult result) {
        finished.set(result);
        if (!closed) {
            signals.finished(result);
        }
    }

    /** Applies a skip or restart the user asked for, and shows its effect even while paused. */
    void apply(RoutineSession.Update update) {
        recorder.commanded();
        update.switchTo().ifPresent(switcher);
        display.reshow(viewModel.present(lastFrame, update.state(), fps()));
    }

    /** From now on frames are dropped and nothing is signalled: the session is being stopped. */
    void close() {
        closed = true;
    }

    RoutineSession session() {
        return session;
    }

    /** What records this session's sets. */
    SessionRecorder recorder() {
        return recorder;
    }

    /** Records from now on into {@code next} (the routine restarted after it was complete). */
    void record(SessionRecorder next) {
        recorder = next;
        doneSignalled = false;
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
