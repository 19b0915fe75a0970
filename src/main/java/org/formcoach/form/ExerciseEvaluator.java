package org.formcoach.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.formcoach.body.Body;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.routine.CameraView;
import org.formcoach.routine.Dose;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.RuleSpec;
import org.formcoach.rule.Severity;

/**
 * Evaluates one set of one exercise, frame by frame: view, rules, counting or timing, cues and
 * events. Create one per set (it holds that set's state); feed it every frame in timestamp order.
 * Timestamps are the frames' own (video time), so the same video always gives the same result.
 *
 * <p>Coaching never stops for the view: every view the person is seen from is used. Rules that the
 * view cannot judge are off (listed in {@link FormFrame#checksOff()} and said once per view), and the
 * rep counter picks its signal from what the view shows.
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

    /** A partial rep's or a fast rep's cue stays raised this long (or until the next rep). */
    static final double REP_CUE_SECONDS = 2.0;

    private final Exercise exercise;
    private final Options options;
    private final ViewNotices notices;
    private final ViewDetector viewDetector;
    private final List<RuleChecker> rules;
    private final List<RuleChecker> position;
    private final CueTracker cueTracker;
    private final Tracker tracker;
    private Neutral neutral;
    /** The rules' cues of the last frame a body was seen, carried over a moment without one. */
    private List<CueTracker.Candidate> lastRuleCues = List.of();
    private long lastBodySeen = Long.MIN_VALUE;
    private boolean setDone;
    private long lastTimestamp = Long.MIN_VALUE;

    public ExerciseEvaluator(Exercise exercise, Dose dose, Neutral neutral, Options options) {
        this(exercise, dose, neutral, options, new ViewNotices());
    }

    /** @param notices what was already said about views in earlier sets of this exercise */
    public ExerciseEvaluator(Exercise exercise, Dose dose, Neutral neutral, Options options, ViewNotices notices) {
        this.exercise = Objects.requireNonNull(exercise, "exercise");
        this.options = Objects.requireNonNull(options, "options");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.neutral = neutral;
        this.viewDetector = new ViewDetector(options.minScore());
        this.rules = exercise.rules().stream().map(RuleChecker::new).toList();
        this.position = exercise.position().stream().map(RuleChecker::new).toList();
        this.cueTracker = new CueTracker(options.minCueOnSeconds());
        this.tracker = exercise.tracker().accept(new TrackerFactory(Objects.requireNonNull(dose, "dose")));
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

    public ViewNotices notices() {
        return notices;
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
        FrameWork f = new FrameWork(timestampNanos);
        View view = viewDetector.detect(pose);
        Body body = view == View.UNKNOWN ? null : new Body(pose, view, options.minScore());
        List<String> checksOff = List.of();
        boolean formKept = body != null;
        if (body == null) {
            f.candidates.add(new CueTracker.Candidate(new Cue(CUE_POSITION,
                    "step into view so the camera sees " + bodyExtent(), Severity.INFO, List.of()),
                    options.positionCueAfterSeconds()));
            if (timestampNanos - lastBodySeen <= RuleChecker.MAX_UNSEEN_NANOS) {
                // a frame or two where the model lost the person neither ends a fault nor starts one
                f.candidates.addAll(lastRuleCues);
            }
        } else {
            checksOff = rules.stream().map(RuleChecker::spec).filter(r -> !r.judgeableFrom(view)).map(RuleSpec::id)
                    .toList();
            String notice = viewNotice(view, checksOff);
            if (notice != null && notices.showing(view, timestampNanos)) {
                f.cue(CUE_VIEW, notice, Severity.INFO, List.of());
            }
            RuleChecker.Result outOfPosition = positionHeld(body, f);
            if (outOfPosition != null) {
                // not in the exercise's position yet (or any more): nothing to count or judge
                RuleSpec check = outOfPosition.spec();
                String how = outOfPosition.violation() == RuleChecker.Violation.ABOVE ? check.cueAbove() : check.cueBelow();
                f.candidates.add(new CueTracker.Candidate(new Cue(CUE_POSITION, how, Severity.INFO,
                        outOfPosition.used()), options.positionCueAfterSeconds()));
                body = null;
                formKept = false;
            } else {
                int before = f.candidates.size();
                formKept = checkRules(body, f);
                lastRuleCues = List.copyOf(f.candidates.subList(before, f.candidates.size()));
                lastBodySeen = timestampNanos;
            }
        }
        tracker.update(timestampNanos, body, formKept, f);
        List<Cue> cues = cueTracker.update(timestampNanos, f.candidates, f.events);
        tracker.afterCues(f, cues);
        if (!setDone && f.events.stream().anyMatch(e -> e.type() == FormEvent.Type.SET_DONE)) {
            setDone = true;
        }
        return new FormFrame(timestampNanos, view, view != View.UNKNOWN, f.measurements, cues, f.events,
                tracker.state(), f.rep, checksOff);
    }

    /**
     * The first position check that fails, or null when the person is in position. It is judged
     * between reps only: once a rep has begun from the position, the rep itself (whose bottom may
     * look unlike the start) is followed to its end.
     */
    private RuleChecker.Result positionHeld(Body body, FrameWork f) {
        RepPhase phase = tracker.phase();
        if (phase != RepPhase.ANY && phase != RepPhase.TOP) {
            return null;
        }
        RuleChecker.Result failing = null;
        for (RuleChecker check : position) {
            RuleChecker.Result r = check.check(body, RepPhase.ANY, neutral, f.t);
            if (failing == null && r.violation() != RuleChecker.Violation.NONE) {
                failing = r;
            }
        }
        return failing;
    }

    /** Checks every rule; returns whether form is kept (no error-level fault, nothing it needs hidden). */
    private boolean checkRules(Body body, FrameWork f) {
        boolean formKept = true;
        Set<Keypoint> missing = new LinkedHashSet<>();
        RepPhase phase = tracker.phase();
        for (RuleChecker rule : rules) {
            RuleChecker.Result r = rule.check(body, phase, neutral, f.t);
            RuleSpec spec = r.spec();
            missing.addAll(r.missing());
            boolean broken = r.violation() != RuleChecker.Violation.NONE;
            if (spec.severity() == Severity.ERROR && (!r.missing().isEmpty() || broken)) {
                formKept = false;
            }
            if (r.value() != null) {
                f.measurements.add(new Measurement(spec.id(), r.value(), spec.kind().inDegrees() ? "deg" : "ratio",
                        r.anchor()));
            }
            if (broken) {
                String text = r.violation() == RuleChecker.Violation.ABOVE ? spec.cueAbove() : spec.cueBelow();
                f.candidates.add(new CueTracker.Candidate(new Cue(spec.id(), text, spec.severity(), r.used()),
                        spec.afterSeconds()));
            }
        }
        missing.addAll(tracker.missing(body));
        if (!missing.isEmpty()) {
            f.candidates.add(new CueTracker.Candidate(new Cue(CUE_POSITION, positionText(missing),
                    Severity.INFO, List.copyOf(missing)), options.positionCueAfterSeconds()));
        }
        return formKept;
    }

    /**
     * What to say once about this view: the checks it cannot support and, when the exercise is best
     * seen from another view, which one. Null when there is nothing to say.
     */
    private String viewNotice(View view, List<String> checksOff) {
        boolean best = switch (exercise.view()) {
            case SIDE -> view.isSide();
            case FRONT -> view == View.FRONT;
            case ANY -> true;
        };
        if (best && checksOff.isEmpty()) {
            return null;
        }
        String better = best ? "" : exercise.view() == CameraView.SIDE ? "turn sideways to the camera"
                : "face the camera";
        if (checksOff.isEmpty()) {
            return "for the best view, " + better;
        }
        String off = String.join(" and ", exercise.rules().stream().filter(r -> checksOff.contains(r.id()))
                .map(RuleSpec::title).toList());
        return view.phrase() + ", your " + off + (checksOff.size() == 1 ? " is" : " are") + " not checked"
                + (better.isEmpty() ? "" : "; " + better + " to have " + (checksOff.size() == 1 ? "it" : "them")
                        + " checked");
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

    /** What one frame collects on its way through the rules and the tracker. */
    static final class FrameWork {
        final long t;
        final List<FormEvent> events = new ArrayList<>();
        final List<CueTracker.Candidate> candidates = new ArrayList<>();
        final List<Measurement> measurements = new ArrayList<>();
        RepResult rep;

        FrameWork(long t) {
            this.t = t;
        }

        /** A cue that shows at once (its persistence is the tracker's own business). */
        void cue(String id, String text, Severity severity, List<Keypoint> highlight) {
            candidates.add(new CueTracker.Candidate(new Cue(id, text, severity, highlight), 0));
        }
    }

    /** Counts or times the exercise, one implementation per tracker kind. */
    interface Tracker {
        /** Keypoints the tracker reads, written for the left side. */
        List<Keypoint> needs();

        /** Keypoints the tracker needs on this frame and cannot see (empty when it can read what it needs). */
        default List<Keypoint> missing(Body body) {
            return body.near(needs()).stream().filter(k -> body.point(k) == null).toList();
        }

        default RepPhase phase() {
            return RepPhase.ANY;
        }

        /** {@code body} is null when no usable pose is in view. */
        void update(long t, Body body, boolean formKept, FrameWork f);

        /** Sees the cues shown on this frame. */
        default void afterCues(FrameWork f, List<Cue> shown) {
        }

        TrackerState state();
    }

    /** Builds the tracker for the exercise's tracker kind: every kind must be handled here. */
    private final class TrackerFactory implements TrackerSpec.Visitor<Tracker> {
        private final Dose dose;

        TrackerFactory(Dose dose) {
            this.dose = dose;
        }

        public Tracker hold(TrackerSpec.Hold h) {
            return new HoldTracker(new HoldTimer(dose.holdSeconds(), dose.holdMaxSeconds(), h.graceSeconds()));
        }

        public Tracker reps(TrackerSpec.Reps r) {
            return new RepsTracker(r, dose.reps(), exercise);
        }

        public Tracker sequence(TrackerSpec.Sequence s) {
            return new SequenceAdapter(s, new SequenceTracker(s, dose.cycles()));
        }

        public Tracker circles(TrackerSpec.Circles c) {
            return new CirclesAdapter(c, new CircleCounter(c, dose.reps()));
        }

        public Tracker headRotation(TrackerSpec.HeadRotation h) {
            return new RotationTracker(new HeadRotationTracker(h, dose.durationSeconds()), h);
        }

        public Tracker watch(TrackerSpec.Watch w) {
            return new WatchTracker(w, exercise, () -> neutral, n -> neutral = n);
        }

        public Tracker armOpening(TrackerSpec.ArmOpening a) {
            return new ArmOpeningTracker(a, dose.reps());
        }
    }
}
