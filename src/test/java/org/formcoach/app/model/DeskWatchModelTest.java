package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.cue;
import static org.formcoach.app.model.Frames.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;
import org.formcoach.rule.Severity;
import org.junit.jupiter.api.Test;

class DeskWatchModelTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final DeskWatchModel model = new DeskWatchModel(now::get, Duration.ofMinutes(90), Duration.ofMinutes(5));
    private final TrackerState watch = new TrackerState.Watch(true, 0, List.of());

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    private FormFrame postureCueStarts() {
        return Frames.form(0, watch, List.of(cue("forward-head", "draw your head back over your shoulders",
                Severity.WARNING)), List.of(started(0, "forward-head")), List.of());
    }

    private FormFrame upright() {
        return Frames.form(0, watch, List.of(), List.of(), List.of());
    }

    @Test
    void aSustainedDeviationNudgesButNotMoreOftenThanTheGap() {
        assertEquals(Optional.of("Draw your head back over your shoulders"), model.onFrame(postureCueStarts()));
        assertEquals("Posture: adjust", model.status().headline());
        advance(Duration.ofMinutes(4));
        assertEquals(Optional.empty(), model.onFrame(postureCueStarts()));
        advance(Duration.ofMinutes(1));
        assertTrue(model.onFrame(postureCueStarts()).isPresent());
        assertEquals(2, model.nudges());
        model.onFrame(upright());
        assertEquals("Posture OK", model.status().headline());
        assertEquals("", model.status().nudge(), "the nudge goes once posture is fine");
    }

    @Test
    void untilTheNeutralIsRecordedItSaysItIsCalibrating() {
        assertEquals(DeskWatchModel.WAITING, model.status().headline(), "no calibrating before there is a picture");
        model.onFrame(Frames.form(0, new TrackerState.Watch(false, 1, List.of()), List.of(), List.of(), List.of()));
        assertEquals(DeskWatchModel.CALIBRATING, model.status().headline());
        model.onFrame(upright());
        assertEquals("Posture OK", model.status().headline());
        model.onFrame(new FormFrame(0, org.formcoach.body.View.UNKNOWN, false, List.of(), List.of(), List.of(), watch));
        assertEquals("Away from the desk", model.status().headline());
    }

    @Test
    void theOfficeResetIsRemindedEveryIntervalAndCanBeSnoozed() {
        assertFalse(model.resetDue());
        assertEquals(90, model.status().minutesToReset());
        advance(Duration.ofMinutes(89));
        assertFalse(model.resetDue());
        advance(Duration.ofMinutes(1));
        assertTrue(model.resetDue());
        assertTrue(model.status().resetDue());
        assertTrue(model.status().headline().contains("office reset"));

        assertTrue(model.takeReminder(), "sounded once");
        assertFalse(model.takeReminder());
        model.snooze(Duration.ofMinutes(10));
        assertFalse(model.resetDue());
        assertFalse(model.takeReminder());
        advance(Duration.ofMinutes(10));
        assertTrue(model.resetDue());
        assertTrue(model.takeReminder(), "and again after the snooze");

        model.resetDone();
        advance(Duration.ofMinutes(89));
        assertFalse(model.resetDue(), "a full interval after the reset");
    }

    @Test
    void theIntervalIsConfigurableButMustBePositive() {
        DeskWatchModel hourly = new DeskWatchModel(now::get, Duration.ofMinutes(60), Duration.ofMinutes(5));
        advance(Duration.ofMinutes(60));
        assertTrue(hourly.resetDue());
        assertThrows(IllegalArgumentException.class, () -> new DeskWatchModel(now::get, Duration.ZERO,
                Duration.ofMinutes(5)));
    }
}
