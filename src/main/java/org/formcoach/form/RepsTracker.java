package org.formcoach.form;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.formcoach.body.Body;
import org.formcoach.pose.Keypoint;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.Severity;

/**
 * Counts the reps of a set. The depth comes from {@link RepSignal} (whatever the view shows), the
 * counting from {@link RepCounter}. Every finished attempt becomes a {@link RepResult} carrying the
 * faults cued while it lasted: a full-range rep always counts, faults and all; a fast one counts
 * with the tempo cue; only a partial one does not count.
 */
final class RepsTracker implements ExerciseEvaluator.Tracker {

    private final TrackerSpec.Reps spec;
    private final int target;
    private final Set<String> ruleIds;
    private final RepSignal signal;
    private final RepCounter counter = new RepCounter();
    private final Set<String> faults = new LinkedHashSet<>();
    private RepCounter.Rep finished;
    private RepSignal.Sample deepest;
    private RepSignal.Sample lastSample;
    private int attempts;
    private long cueUntil = Long.MIN_VALUE;
    private String cueId;
    private String cueText;

    RepsTracker(TrackerSpec.Reps spec, int target, Exercise exercise) {
        this.spec = spec;
        this.target = target;
        this.ruleIds = Set.copyOf(exercise.rules().stream().map(r -> r.id()).toList());
        this.signal = new RepSignal(spec);
    }

    public List<Keypoint> needs() {
        return spec.angle();
    }

    /** The arm nearer the camera, or (for the reach) either arm: only missing when no signal can be read. */
    public List<Keypoint> missing(Body body) {
        return lastSample != null ? List.of()
                : body.near(spec.angle()).stream().filter(k -> body.point(k) == null).toList();
    }

    public RepPhase phase() {
        return counter.phase();
    }

    public void update(long t, Body body, boolean formKept, ExerciseEvaluator.FrameWork f) {
        lastSample = null;
        if (body != null && !done()) {
            boolean betweenReps = counter.phase() == RepPhase.TOP || counter.phase() == RepPhase.ANY;
            lastSample = signal.read(body, t, betweenReps);
        }
        if (lastSample != null) {
            f.measurements.add(new Measurement("rep-" + lastSample.source().name().toLowerCase(java.util.Locale.ROOT),
                    lastSample.value(), lastSample.source() == RepSignal.Source.ANGLE ? "deg" : "ratio",
                    lastSample.anchor()));
        }
        RepPhase before = counter.phase();
        finished = counter.update(lastSample == null ? Double.NaN : lastSample.depth(), t);
        if (before == RepPhase.TOP && counter.phase() == RepPhase.DOWN) {
            faults.clear();
            deepest = lastSample;
        } else if (lastSample != null && deepest != null && lastSample.depth() > deepest.depth()) {
            deepest = lastSample;
        }
        if (finished != null) {
            boolean fast = finished.full() && finished.seconds() < spec.minRepSeconds();
            if (!finished.full()) {
                raise(t, ExerciseEvaluator.CUE_PARTIAL, spec.partialCue());
            } else if (fast) {
                raise(t, ExerciseEvaluator.CUE_TEMPO, spec.tempoCue());
            }
            f.events.add(new FormEvent(finished.full() ? FormEvent.Type.REP_COUNTED : FormEvent.Type.REP_REJECTED, t,
                    finished.full() ? (fast ? ExerciseEvaluator.CUE_TEMPO : "") : ExerciseEvaluator.CUE_PARTIAL,
                    finished.full() ? counter.reps() : counter.partial()));
            if (finished.full() && counter.reps() == target) {
                f.events.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", counter.reps()));
            }
        }
        if (t < cueUntil) {
            f.cue(cueId, cueText, Severity.WARNING, spec.angle());
        }
    }

    private void raise(long t, String id, String text) {
        cueId = id;
        cueText = text;
        cueUntil = t + (long) (ExerciseEvaluator.REP_CUE_SECONDS * 1e9);
    }

    /** Faults are the rule cues shown while the rep lasts; the rep's own cue (tempo, partial) joins at its end. */
    public void afterCues(ExerciseEvaluator.FrameWork f, List<Cue> shown) {
        boolean inRep = counter.phase() != RepPhase.TOP && counter.phase() != RepPhase.ANY;
        if (inRep || finished != null) {
            for (Cue c : shown) {
                if (ruleIds.contains(c.id()) && c.severity() != Severity.INFO) {
                    faults.add(c.id());
                }
            }
        }
        if (finished != null) {
            if (!finished.full()) {
                faults.add(ExerciseEvaluator.CUE_PARTIAL);
            } else if (finished.seconds() < spec.minRepSeconds()) {
                faults.add(ExerciseEvaluator.CUE_TEMPO);
            }
            attempts++;
            RepSignal.Sample d = deepest;
            f.rep = new RepResult(attempts, finished.full(), finished.startNanos() / 1e9, finished.bottomNanos() / 1e9,
                    finished.endNanos() / 1e9, d == null ? "" : d.source().name().toLowerCase(java.util.Locale.ROOT),
                    d == null ? Double.NaN : d.value(), List.copyOf(faults));
            faults.clear();
            deepest = null;
            finished = null;
        }
    }

    private boolean done() {
        return counter.reps() >= target;
    }

    public TrackerState state() {
        return new TrackerState.Reps(counter.reps(), target, counter.partial(), counter.phase(), done());
    }
}
