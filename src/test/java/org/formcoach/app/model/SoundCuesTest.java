package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.cue;
import static org.formcoach.app.model.Frames.started;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.Severity;
import org.junit.jupiter.api.Test;

class SoundCuesTest {

    private final TrackerState reps = new TrackerState.Reps(1, 8, 0, RepPhase.TOP, false);

    private FormFrame correction(double t, Severity severity) {
        return Frames.form(t, reps, List.of(cue("body-line", "lift your hips", severity)),
                List.of(started(t, "body-line")), List.of());
    }

    @Test
    void eachEventHasItsSoundAndAFinishedHoldOrSetWins() {
        SoundCues sounds = new SoundCues(4);
        assertEquals(Optional.of(Sound.REP_COUNTED), sounds.onFrame(Frames.reps(1, 1, 8, FormEvent.Type.REP_COUNTED)));
        assertEquals(Optional.of(Sound.HOLD_DONE), sounds.onFrame(Frames.reps(2, 8, 8, FormEvent.Type.REP_COUNTED,
                FormEvent.Type.SET_DONE)));
        assertEquals(Optional.of(Sound.HOLD_DONE), sounds.onFrame(Frames.form(3,
                new TrackerState.Hold(20, 20, true, false, true), List.of(),
                List.of(new FormEvent(FormEvent.Type.HOLD_DONE, Frames.seconds(3), "", 0)), List.of())));
        assertEquals(Optional.empty(), sounds.onFrame(Frames.reps(4, 1, 8)));
    }

    @Test
    void correctionsAreThrottledAndPositioningAdviceIsSilent() {
        SoundCues sounds = new SoundCues(4);
        assertEquals(Optional.of(Sound.CORRECTION), sounds.onFrame(correction(10, Severity.ERROR)));
        assertEquals(Optional.empty(), sounds.onFrame(correction(13.9, Severity.WARNING)), "within 4 s");
        assertEquals(Optional.of(Sound.CORRECTION), sounds.onFrame(correction(14, Severity.WARNING)));
        assertEquals(Optional.empty(), sounds.onFrame(correction(30, Severity.INFO)));
        FormFrame stillOn = Frames.form(40, reps, List.of(cue("body-line", "x", Severity.ERROR)), List.of(), List.of());
        assertEquals(Optional.empty(), sounds.onFrame(stillOn), "only the start of a cue makes a sound");
    }

    @Test
    void mutedIsSilent() {
        SoundCues sounds = new SoundCues(4);
        sounds.setMuted(true);
        assertEquals(Optional.empty(), sounds.onFrame(Frames.reps(1, 1, 8, FormEvent.Type.REP_COUNTED)));
        assertEquals(Optional.empty(), sounds.onFrame(correction(10, Severity.ERROR)));
        sounds.setMuted(false);
        assertEquals(Optional.of(Sound.CORRECTION), sounds.onFrame(correction(11, Severity.ERROR)),
                "a muted correction does not start the throttle");
    }
}
