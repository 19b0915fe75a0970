package org.formcoach.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.formcoach.form.FormEvent;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.routine.RoutineRunner;

/**
 * Turns one session's frames into what the store keeps: the session, each set the moment it ends
 * (its dose reached, skipped, or the session stopped), and desk mode's alerts per hour. Plain and
 * synchronous; it only hands finished records to the {@link SessionLog}, which writes them
 * elsewhere. The inference thread feeds frames, the controller's thread commands and the end; both
 * may call at any time.
 */
public final class SessionRecorder {

    /** A time box this close to its end when the step changed ran out (frames come 10–30 times a second). */
    static final double BOX_END_SECONDS = 0.5;

    private final SessionLog log;
    private final Clock clock;
    private final Supplier<RepSource> repSources;
    private final String sessionId = UUID.randomUUID().toString();
    private final Instant startedAt;
    private int seq;
    private OpenSet open;
    private List<Integer> deskHours = List.of();
    private boolean ended;
    private final List<SetRecord> sets = new ArrayList<>();

    /** A set being done: the routine step and set it belongs to, and what was counted so far. */
    private static final class OpenSet {
        final int stepIndex;
        final int setNumber;
        final String exerciseId;
        final Instant startedAt;
        final RepSource reps;
        final List<RepRecord> repList = new ArrayList<>();
        TrackerState last;
        /** Time left in the step's time box at the last frame; NaN when the step has none. */
        double boxLeft = Double.NaN;

        OpenSet(int stepIndex, int setNumber, String exerciseId, Instant startedAt, RepSource reps) {
            this.stepIndex = stepIndex;
            this.setNumber = setNumber;
            this.exerciseId = exerciseId;
            this.startedAt = startedAt;
            this.reps = reps;
        }
    }

    /** Starts recording: the session is logged at once. */
    public SessionRecorder(SessionLog log, Clock clock, Supplier<RepSource> repSources, String programId,
            boolean routine) {
        this.log = log;
        this.clock = clock;
        this.repSources = repSources;
        this.startedAt = clock.instant();
        log.sessionStarted(new SessionRecord(sessionId, programId, routine, startedAt,
                LocalDate.ofInstant(startedAt, clock.getZone()), null, null));
    }

    public String sessionId() {
        return sessionId;
    }

    /** The sets recorded so far, in order. */
    public synchronized List<SetRecord> sets() {
        return List.copyOf(sets);
    }

    public synchronized boolean ended() {
        return ended;
    }

    /**
     * Takes one analysed frame with the routine's state before it; a frame of another exercise than
     * the step's (a program being switched) is not counted.
     */
    public synchronized void onFrame(CoachFrame frame, RoutineRunner.State before) {
        if (ended) {
            return;
        }
        TrackerState state = frame.form().state();
        if (state instanceof TrackerState.Watch w) {
            desk(w);
            return;
        }
        if (before.phase() != RoutineRunner.Phase.EXERCISE || before.exercise() == null
                || !before.exercise().id().equals(frame.exerciseId())) {
            return;
        }
        if (open != null && (open.stepIndex != before.stepIndex() || open.setNumber != before.set())) {
            // a step whose time box ran out is done: its time was its dose
            close(open.boxLeft < BOX_END_SECONDS ? SetOutcome.DONE : SetOutcome.SKIPPED);
        }
        if (open == null) {
            open = new OpenSet(before.stepIndex(), before.set(), frame.exerciseId(), clock.instant(), repSources.get());
        }
        open.repList.addAll(open.reps.onFrame(frame));
        open.last = state;
        open.boxLeft = before.boxSeconds() > 0 ? before.boxRemainingSeconds() : Double.NaN;
        if (frame.form().has(FormEvent.Type.SET_DONE)) {
            close(SetOutcome.DONE);
        }
    }

    /** The user skipped or restarted: a set in progress ends here, short of its dose. */
    public synchronized void commanded() {
        if (!ended && open != null) {
            close(SetOutcome.SKIPPED);
        }
    }

    /** The session ended: a set in progress is kept as stopped, and the session's end is logged. */
    public synchronized void end(EndReason reason) {
        if (ended) {
            return;
        }
        if (open != null) {
            close(SetOutcome.STOPPED);
        }
        ended = true;
        log.sessionEnded(sessionId, clock.instant(), reason);
    }

    private void close(SetOutcome outcome) {
        OpenSet s = open;
        open = null;
        if (s.last == null) {
            return;
        }
        int targetReps = 0;
        int reps = 0;
        int rejected = 0;
        double targetHold = 0;
        double hold = 0;
        if (s.last instanceof TrackerState.Reps r) {
            targetReps = r.target();
            reps = r.reps();
            rejected = r.rejected();
        } else if (s.last instanceof TrackerState.Hold h) {
            targetHold = h.targetSeconds();
            hold = Math.round(h.heldSeconds() * 10) / 10.0;
        } else if (s.last instanceof TrackerState.Sequence q) {
            targetReps = q.targetCycles();
            reps = q.cycles();
        } else if (s.last instanceof TrackerState.Circles c) {
            targetReps = 2 * c.targetPerDirection();
            reps = c.forward() + c.backward();
        } else if (s.last instanceof TrackerState.Sides d) {
            targetReps = 2 * d.targetPerSide();
            reps = d.total();
            rejected = d.rejected();
        } else if (s.last instanceof TrackerState.Rotation r) {
            targetHold = r.durationSeconds();
            hold = Math.round(r.elapsedSeconds() * 10) / 10.0;
        }
        Map<String, Integer> faults = new TreeMap<>();
        int clean = 0;
        for (RepRecord r : s.repList) {
            r.faults().forEach(f -> faults.merge(f, 1, Integer::sum));
            if (r.clean()) {
                clean++;
            }
        }
        if (!(s.last instanceof TrackerState.Reps) && !(s.last instanceof TrackerState.Sides)) {
            clean = reps;  // cycles and circles carry no per-rep faults
        }
        SetRecord record = new SetRecord(UUID.randomUUID().toString(), sessionId, ++seq, s.exerciseId, s.setNumber,
                targetReps, reps, Math.min(clean, reps), rejected, targetHold, hold, s.startedAt, clock.instant(),
                outcome, faults, s.repList);
        sets.add(record);
        log.setCompleted(record);
    }

    private void desk(TrackerState.Watch w) {
        if (w.alertsByHour().equals(deskHours)) {
            return;
        }
        LocalDateTime first = LocalDateTime.ofInstant(startedAt, clock.getZone()).truncatedTo(ChronoUnit.HOURS);
        List<Integer> hours = w.alertsByHour();
        for (int i = 0; i < hours.size(); i++) {
            if (i >= deskHours.size() || !deskHours.get(i).equals(hours.get(i))) {
                log.deskAlerts(new DeskAlertHour(sessionId, first.plusHours(i), hours.get(i)));
            }
        }
        deskHours = hours;
    }
}
