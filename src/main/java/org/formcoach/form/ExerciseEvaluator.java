package org.formcoach.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.CameraView;
import org.formcoach.routine.Dose;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RepPhase;
import org.formcoach.routine.RuleSpec;
import org.formcoach.routine.Severity;
import org.formcoach.routine.Side;
import org.formcoach.routine.TrackerSpec;

/**
 * Evaluates one set of one exercise, frame by frame: view, rules, counting or timing, cues and
 * events. Create one per set (it holds that set's state); feed it every frame in timestamp order.
 * Timestamps are the frames' own (video time), so the same video always gives the same result.
 *
 * <p>Not thread-safe: call it from the thread that runs the pipeline.
 */
public final class ExerciseEvaluator {

    /**
     * Engine settings.
     *
     * @param minScore                keypoints below this confidence count as not visible
     * @param minCueOnSeconds         a shown cue stays at least this long
     * @param positionCueAfterSeconds how long a positioning problem lasts before it is said
     */
    public record Options(double minScore, double minCueOnSeconds, double positionCueAfterSeconds) {
        /** MoveNet's own demos draw keypoints from a score of 0.3; cues last 1.5 s so they can be read. */
        public static final Options DEFAULT = new Options(0.3, 1.5, 0.5);
    }

    /** Cue ids the engine itself raises. */
    public static final String CUE_POSITION = "position";
    public static final String CUE_VIEW = "view";
    public static final String CUE_PARTIAL = "partial-rep";
    public static final String CUE_TEMPO = "tempo";
    public static final String CUE_ORDER = "sequence-order";
    public static final String CUE_DIRECTION = "circle-direction";
    public static final String CUE_TURN_LEFT = "turn-left";
    public static final String CUE_TURN_RIGHT = "turn-right";

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    /** A rejected rep's cue stays raised this long (or until the next good rep). */
    static final double REJECTED_CUE_SECONDS = 2.0;

    private final Exercise exercise;
    private final Options options;
    private final ViewDetector viewDetector;
    private final List<RuleChecker> rules;
    private final CueTracker cueTracker;
    private final Tracker tracker;
    private Neutral neutral;
    private boolean setDone;
    private long lastTimestamp = Long.MIN_VALUE;

    public ExerciseEvaluator(Exercise exercise, Dose dose, Neutral neutral, Options options) {
        this.exercise = Objects.requireNonNull(exercise, "exercise");
        this.options = Objects.requireNonNull(options, "options");
        this.neutral = neutral;
        this.viewDetector = new ViewDetector(options.minScore());
        this.rules = exercise.rules().stream().map(RuleChecker::new).toList();
        this.cueTracker = new CueTracker(options.minCueOnSeconds());
        this.tracker = trackerFor(exercise.tracker(), Objects.requireNonNull(dose, "dose"));
    }

    /** An evaluator for the exercise's own dose, without a calibrated neutral, with default options. */
    public static ExerciseEvaluator of(Exercise exercise) {
        return new ExerciseEvaluator(exercise, exercise.dose(), null, Options.DEFAULT);
    }

    public Exercise exercise() {
        return exercise;
    }

    /** The neutral in use: given at construction or recorded by a posture watch; null if none. */
    public Neutral neutral() {
        return neutral;
    }

    /**
     * Evaluates one frame.
     *
     * @param pose           the pose, or null when no person was found
     * @param timestampNanos the frame's monotonic timestamp
     */
    public FormFrame evaluate(Pose pose, long timestampNanos) {
        if (timestampNanos < lastTimestamp) {
            throw new IllegalArgumentException("frames must come in timestamp order: " + timestampNanos + " after "
                    + lastTimestamp + " (start a new evaluator for a new video)");
        }
        lastTimestamp = timestampNanos;
        Frame f = new Frame(timestampNanos);
        View view = viewDetector.detect(pose);
        Body body = view == View.UNKNOWN ? null : new Body(pose, view, options.minScore());
        if (body == null) {
            f.candidates.add(new CueTracker.Candidate(new Cue(CUE_POSITION,
                    "step into view so the camera sees " + bodyExtent(), Severity.INFO, List.of()),
                    options.positionCueAfterSeconds()));
        } else if (!viewFits(view)) {
            String text = exercise.view() == CameraView.SIDE ? "turn sideways to the camera"
                    : "face the camera";
            f.candidates.add(new CueTracker.Candidate(new Cue(CUE_VIEW, text, Severity.INFO, List.of()),
                    options.positionCueAfterSeconds()));
            body = null;
        }
        boolean formKept = body != null;
        Set<Keypoint> missing = new LinkedHashSet<>();
        if (body != null) {
            RepPhase phase = tracker.phase();
            for (RuleChecker rule : rules) {
                RuleChecker.Result r = rule.check(body, phase, neutral);
                RuleSpec spec = r.spec();
                missing.addAll(r.missing());
                if (spec.severity() == Severity.ERROR && (!r.missing().isEmpty()
                        || r.violation() != RuleChecker.Violation.NONE)) {
                    formKept = false;
                }
                if (r.value() != null) {
                    f.measurements.add(new Measurement(spec.id(), r.value(), unit(spec), r.anchor()));
                }
                if (r.violation() != RuleChecker.Violation.NONE) {
                    String text = r.violation() == RuleChecker.Violation.ABOVE ? spec.cueAbove() : spec.cueBelow();
                    f.candidates.add(new CueTracker.Candidate(new Cue(spec.id(), text, spec.severity(), r.used()),
                            spec.afterSeconds()));
                }
            }
            for (Keypoint k : body.resolve(tracker.needs(), Side.NEAR)) {
                if (body.point(k) == null) {
                    missing.add(k);
                }
            }
            if (!missing.isEmpty()) {
                f.candidates.add(new CueTracker.Candidate(new Cue(CUE_POSITION, positionText(missing),
                        Severity.INFO, List.copyOf(missing)), options.positionCueAfterSeconds()));
            }
        }
        tracker.update(timestampNanos, body, formKept, f);
        List<Cue> cues = cueTracker.update(timestampNanos, f.candidates, f.events);
        tracker.afterCues(f);
        if (!setDone && f.events.stream().anyMatch(e -> e.type() == FormEvent.Type.SET_DONE)) {
            setDone = true;
        }
        return new FormFrame(timestampNanos, view, view != View.UNKNOWN, f.measurements, cues, f.events,
                tracker.state());
    }

    private boolean viewFits(View view) {
        return switch (exercise.view()) {
            case SIDE -> view.isSide();
            case FRONT -> view == View.FRONT;
            case ANY -> true;
        };
    }

    private String bodyExtent() {
        Set<Keypoint> all = new LinkedHashSet<>(tracker.needs());
        exercise.rules().forEach(r -> all.addAll(r.allPoints()));
        boolean feet = all.stream().anyMatch(k -> k.id().endsWith("ankle") || k.id().endsWith("knee"));
        boolean hips = all.stream().anyMatch(k -> k.id().endsWith("hip"));
        return feet ? "you from head to feet" : hips ? "your head, arms and hips" : "your head and shoulders";
    }

    /** "step back so your ankles are in view", "move so your wrists are in view", ...: lowest parts first. */
    static String positionText(Set<Keypoint> missing) {
        List<String> parts = new ArrayList<>();
        boolean lower = false;
        for (int i = Keypoint.COUNT - 1; i >= 0; i--) {
            Keypoint k = Keypoint.values()[i];
            if (missing.contains(k) || missing.contains(k.mirror())) {
                String part = k.id().replace("left_", "").replace("right_", "");
                part = k == Keypoint.NOSE ? "face" : part + "s";
                if (!parts.contains(part)) {
                    parts.add(part);
                }
                lower |= k.id().endsWith("ankle") || k.id().endsWith("knee") || k.id().endsWith("hip");
            }
        }
        String list = parts.size() == 1 ? parts.get(0) : parts.get(0) + " and " + parts.get(1);
        return (lower ? "step back so your " : "move so your ") + list + (list.equals("face") ? " is" : " are")
                + " in view";
    }

    private static String unit(RuleSpec spec) {
        return spec.kind() == org.formcoach.routine.RuleKind.OFFSET ? "ratio" : "deg";
    }

    // ---- trackers: one per exercise, adapting the counting classes to the frame loop ----

    /** Per-frame accumulator. */
    private static final class Frame {
        final long t;
        final List<FormEvent> events = new ArrayList<>();
        final List<CueTracker.Candidate> candidates = new ArrayList<>();
        final List<Measurement> measurements = new ArrayList<>();

        Frame(long t) {
            this.t = t;
        }

        void cue(String id, String text, Severity severity, List<Keypoint> highlight) {
            candidates.add(new CueTracker.Candidate(new Cue(id, text, severity, highlight), 0));
        }
    }

    private interface Tracker {
        /** Keypoints the tracker reads, written for the left side. */
        List<Keypoint> needs();

        default RepPhase phase() {
            return RepPhase.ANY;
        }

        /** {@code body} is null when no usable pose is in view. */
        void update(long t, Body body, boolean formKept, Frame f);

        /** Sees the frame's cue events (the posture watch counts alerts from them). */
        default void afterCues(Frame f) {
        }

        TrackerState state();
    }

    private Tracker trackerFor(TrackerSpec spec, Dose dose) {
        if (spec instanceof TrackerSpec.Reps r) {
            return new RepsTracker(r, dose.reps());
        } else if (spec instanceof TrackerSpec.Hold h) {
            return new HoldTracker(new HoldTimer(dose.holdSeconds(), h.graceSeconds()));
        } else if (spec instanceof TrackerSpec.Sequence s) {
            SequenceTracker st = new SequenceTracker(s, dose.cycles());
            return new PairTracker(List.of(s.point(), s.reference())) {
                void update(long t, PosePoint p, PosePoint ref, int sign, Frame f) {
                    st.update(t, p, ref, sign, f.events);
                    TrackerSpec.SequencePosition wanted = st.outOfOrder();
                    if (wanted != null) {
                        f.cue(CUE_ORDER, wanted.cue(), Severity.WARNING, List.of(s.point()));
                    }
                }

                public TrackerState state() {
                    return st.state();
                }
            };
        } else if (spec instanceof TrackerSpec.Circles c) {
            CircleCounter cc = new CircleCounter(c, dose.reps());
            return new PairTracker(List.of(c.point(), c.reference())) {
                void update(long t, PosePoint p, PosePoint ref, int sign, Frame f) {
                    cc.update(t, p, ref, sign, f.events);
                    if (cc.wrongDirection()) {
                        String text = cc.currentDirection() == TrackerSpec.CircleDirection.FORWARD
                                ? c.cueForward() : c.cueBackward();
                        f.cue(CUE_DIRECTION, text, Severity.WARNING, List.of(c.point()));
                    }
                }

                public TrackerState state() {
                    return cc.state();
                }
            };
        } else if (spec instanceof TrackerSpec.HeadRotation h) {
            return new RotationTracker(new HeadRotationTracker(h, dose.durationSeconds()), h);
        }
        return new WatchTracker((TrackerSpec.Watch) spec);
    }

    private final class RepsTracker implements Tracker {
        final TrackerSpec.Reps spec;
        final RepCounter counter;
        final int target;
        long rejectedAt = -1;
        String rejectedCue;
        String rejectedId;

        RepsTracker(TrackerSpec.Reps spec, int target) {
            this.spec = spec;
            this.counter = new RepCounter(spec.top(), spec.bottom(), spec.minRepSeconds());
            this.target = target;
        }

        public List<Keypoint> needs() {
            return spec.angle();
        }

        public RepPhase phase() {
            return counter.phase();
        }

        public void update(long t, Body body, boolean formKept, Frame f) {
            double signal = Double.NaN;
            if (body != null && !setDone) {
                List<Keypoint> k = body.resolve(spec.angle(), Side.NEAR);
                PosePoint a = body.point(k.get(0));
                PosePoint v = body.point(k.get(1));
                PosePoint c = body.point(k.get(2));
                if (a != null && v != null && c != null) {
                    signal = Geometry.angle(a, v, c);
                    f.measurements.add(new Measurement("rep-angle", signal, "deg", k.get(1)));
                }
            }
            switch (counter.update(signal, t)) {
                case COUNTED -> {
                    rejectedAt = -1;
                    f.events.add(new FormEvent(FormEvent.Type.REP_COUNTED, t, "", counter.reps()));
                    if (counter.reps() >= target) {
                        f.events.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", counter.reps()));
                    }
                }
                case TOO_SHALLOW -> reject(t, f, CUE_PARTIAL, spec.partialCue());
                case TOO_FAST -> reject(t, f, CUE_TEMPO, spec.tempoCue());
                case NONE -> {
                }
            }
            if (rejectedAt >= 0 && (t - rejectedAt) / 1e9 < REJECTED_CUE_SECONDS) {
                f.cue(rejectedId, rejectedCue, Severity.WARNING, spec.angle());
            }
        }

        private void reject(long t, Frame f, String id, String text) {
            rejectedAt = t;
            rejectedId = id;
            rejectedCue = text;
            f.events.add(new FormEvent(FormEvent.Type.REP_REJECTED, t, id, counter.rejected()));
        }

        public TrackerState state() {
            return new TrackerState.Reps(counter.reps(), target, counter.rejected(), counter.phase(),
                    counter.reps() >= target);
        }
    }

    private static final class HoldTracker implements Tracker {
        final HoldTimer timer;

        HoldTracker(HoldTimer timer) {
            this.timer = timer;
        }

        public List<Keypoint> needs() {
            return List.of();
        }

        public void update(long t, Body body, boolean formKept, Frame f) {
            FormEvent.Type type = switch (timer.update(t, formKept)) {
                case STARTED -> FormEvent.Type.HOLD_STARTED;
                case PAUSED -> FormEvent.Type.HOLD_PAUSED;
                case RESUMED -> FormEvent.Type.HOLD_RESUMED;
                case DONE -> FormEvent.Type.HOLD_DONE;
                case NONE -> null;
            };
            if (type != null) {
                f.events.add(new FormEvent(type, t, "", 0));
            }
            if (type == FormEvent.Type.HOLD_DONE) {
                f.events.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", 0));
            }
        }

        public TrackerState state() {
            return new TrackerState.Hold(timer.heldSeconds(), timer.targetSeconds(), timer.started(), timer.paused(),
                    timer.done());
        }
    }

    /** Trackers that follow one keypoint against a reference, on the side facing the camera. */
    private abstract static class PairTracker implements Tracker {
        final List<Keypoint> pair;

        PairTracker(List<Keypoint> pair) {
            this.pair = pair;
        }

        public List<Keypoint> needs() {
            return pair;
        }

        public void update(long t, Body body, boolean formKept, Frame f) {
            if (body == null) {
                update(t, null, null, 0, f);
                return;
            }
            List<Keypoint> k = body.resolve(pair, Side.NEAR);
            update(t, body.point(k.get(0)), body.point(k.get(1)), body.view().forwardSign(), f);
        }

        abstract void update(long t, PosePoint point, PosePoint ref, int forwardSign, Frame f);
    }

    private static final class RotationTracker implements Tracker {
        final HeadRotationTracker tracker;
        final TrackerSpec.HeadRotation spec;

        RotationTracker(HeadRotationTracker tracker, TrackerSpec.HeadRotation spec) {
            this.tracker = tracker;
            this.spec = spec;
        }

        public List<Keypoint> needs() {
            return List.of(Keypoint.NOSE, Keypoint.LEFT_EAR, Keypoint.RIGHT_EAR);
        }

        public void update(long t, Body body, boolean formKept, Frame f) {
            if (body == null) {
                tracker.update(t, null, null, null, f.events);
            } else {
                tracker.update(t, body.point(Keypoint.NOSE), body.point(Keypoint.LEFT_EAR),
                        body.point(Keypoint.RIGHT_EAR), f.events);
            }
            if (!Double.isNaN(tracker.yaw())) {
                f.measurements.add(new Measurement("head-yaw", tracker.yaw(), "ratio", Keypoint.NOSE));
            }
            if (tracker.shouldAskLeft()) {
                f.cue(CUE_TURN_LEFT, spec.cueLeft(), Severity.INFO, List.of(Keypoint.NOSE));
            }
            if (tracker.shouldAskRight()) {
                f.cue(CUE_TURN_RIGHT, spec.cueRight(), Severity.INFO, List.of(Keypoint.NOSE));
            }
        }

        public TrackerState state() {
            return tracker.state();
        }
    }

    /**
     * Desk-posture watch: records a neutral over the first seconds (unless one was given), then
     * counts each posture cue that starts as an alert, per hour of the session. The rules' own
     * {@code after} (30 s by default in the shipped file) makes alerts wait for sustained deviation.
     */
    private final class WatchTracker implements Tracker {
        final TrackerSpec.Watch spec;
        final List<Pose> calibration = new ArrayList<>();
        final List<Integer> alertsByHour = new ArrayList<>();
        long firstT = -1;
        long calibrationStart = -1;
        View calibrationView;
        long lastT;
        int reminders;

        WatchTracker(TrackerSpec.Watch spec) {
            this.spec = spec;
        }

        public List<Keypoint> needs() {
            return List.of();
        }

        public void update(long t, Body body, boolean formKept, Frame f) {
            firstT = firstT < 0 ? t : firstT;
            lastT = t;
            if (spec.reminderMinutes() > 0) {
                long every = (long) (spec.reminderMinutes() * 60e9);
                int due = (int) ((t - firstT) / every);
                if (due > reminders) {
                    reminders = due;
                    f.events.add(new FormEvent(FormEvent.Type.REMINDER, t,
                            spec.reminderRoutine() == null ? "" : spec.reminderRoutine(), due));
                }
            }
            if (neutral != null || body == null) {
                return;
            }
            if (calibrationView != body.view()) {
                // a neutral is one view's: start over if the view changes
                calibration.clear();
                calibrationView = body.view();
                calibrationStart = t;
            }
            calibration.add(body.pose());
            if ((t - calibrationStart) / 1e9 >= spec.calibrationSeconds()) {
                neutral = Neutral.of(calibration, calibrationView);
                calibration.clear();
                f.events.add(new FormEvent(FormEvent.Type.CALIBRATED, t, calibrationView.id(), 0));
            }
        }

        public void afterCues(Frame f) {
            for (FormEvent e : f.events) {
                if (e.type() == FormEvent.Type.CUE_STARTED && exercise.rules().stream()
                        .anyMatch(r -> r.id().equals(e.subject()))) {
                    int hour = (int) ((e.timestampNanos() - firstT) / HOUR_NANOS);
                    while (alertsByHour.size() <= hour) {
                        alertsByHour.add(0);
                    }
                    alertsByHour.set(hour, alertsByHour.get(hour) + 1);
                }
            }
        }

        public TrackerState state() {
            if (firstT >= 0) {
                // an hour without alerts still counts as an hour
                while (alertsByHour.size() <= (lastT - firstT) / HOUR_NANOS) {
                    alertsByHour.add(0);
                }
            }
            return new TrackerState.Watch(neutral != null, firstT < 0 ? 0 : (lastT - firstT) / 1e9, alertsByHour);
        }
    }
}
