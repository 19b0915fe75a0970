package org.formcoach.app.model;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.formcoach.form.Cue;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;
import org.formcoach.rule.Severity;

/**
 * Desk mode: the posture watch runs in the background. The form engine already waits for a
 * sustained deviation before it raises a posture cue; this model turns such a cue into a nudge (not
 * more often than {@code nudgeGap}), and reminds the office reset every {@code resetEvery} of
 * wall-clock time, which the user may snooze. The clock is injectable.
 */
public final class DeskWatchModel {

    /** What the compact window shows. */
    public record Status(String headline, String nudge, boolean resetDue, long minutesToReset) {
    }

    static final String WAITING = "Waiting for the picture…";
    static final String CALIBRATING = "Calibrating: sit tall for a few seconds";
    public static final Duration DEFAULT_RESET_EVERY = Duration.ofMinutes(90);
    public static final Duration DEFAULT_SNOOZE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_NUDGE_GAP = Duration.ofMinutes(5);

    private final LongSupplier clock;
    private final long resetEvery;
    private final long nudgeGap;
    private long nextReset;
    private long lastNudge = Long.MIN_VALUE;
    private String nudge = "";
    /** Until the first frame: nothing is calibrated before there is a picture. */
    private String posture = WAITING;
    private long nudgeCount;
    private boolean reminded;

    /** @param clock monotonic nanoseconds, e.g. {@code System::nanoTime} */
    public DeskWatchModel(LongSupplier clock, Duration resetEvery, Duration nudgeGap) {
        if (resetEvery.isNegative() || resetEvery.isZero()) {
            throw new IllegalArgumentException("the reset interval must be positive, got " + resetEvery);
        }
        this.clock = clock;
        this.resetEvery = resetEvery.toNanos();
        this.nudgeGap = nudgeGap.toNanos();
        this.nextReset = clock.getAsLong() + this.resetEvery;
    }

    /**
     * Takes one frame of the posture watch; returns the nudge to show now (a posture cue that just
     * started, if the last nudge is long enough ago).
     */
    public synchronized Optional<String> onFrame(FormFrame form) {
        long now = clock.getAsLong();
        Optional<Cue> deviation = form.cues().stream().filter(c -> c.severity() != Severity.INFO).findFirst();
        if (form.state() instanceof TrackerState.Watch w && !w.calibrated()) {
            posture = CALIBRATING;
        } else {
            posture = deviation.isPresent() ? "Posture: adjust" : form.personInView() ? "Posture OK" : "Away from the desk";
        }
        if (deviation.isEmpty()) {
            nudge = "";
        }
        Optional<Cue> started = form.events().stream().filter(e -> e.type() == FormEvent.Type.CUE_STARTED)
                .flatMap(e -> form.cues().stream().filter(c -> c.id().equals(e.subject())))
                .filter(c -> c.severity() != Severity.INFO)
                .findFirst();
        if (started.isEmpty() || (lastNudge != Long.MIN_VALUE && now - lastNudge < nudgeGap)) {
            return Optional.empty();
        }
        lastNudge = now;
        nudgeCount++;
        nudge = org.formcoach.pipeline.CoachText.capitalise(started.get().text());
        return Optional.of(nudge);
    }

    /** Whether the office reset is due now. */
    public synchronized boolean resetDue() {
        return clock.getAsLong() >= nextReset;
    }

    /** True once when the reset falls due (to sound the reminder once), false until it is due again. */
    public synchronized boolean takeReminder() {
        if (!resetDue() || reminded) {
            return false;
        }
        reminded = true;
        return true;
    }

    /** Puts the reminder off by {@code snooze}. */
    public synchronized void snooze(Duration snooze) {
        nextReset = clock.getAsLong() + snooze.toNanos();
        reminded = false;
    }

    /** The reset was done (or dismissed): the next one is a full interval away. */
    public synchronized void resetDone() {
        nextReset = clock.getAsLong() + resetEvery;
        reminded = false;
    }

    public synchronized long nudges() {
        return nudgeCount;
    }

    public synchronized Status status() {
        long left = Math.max(0, nextReset - clock.getAsLong());
        long minutes = (left + 59_999_999_999L) / 60_000_000_000L;
        boolean due = left == 0;
        String headline = due ? "Time for the 90-second office reset" : posture;
        return new Status(headline, nudge, due, minutes);
    }
}
