package org.formcoach.app.model;

import java.util.Optional;
import org.formcoach.form.Cue;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.rule.Severity;

/**
 * Decides which sound a frame's events deserve: at most one per frame (the most meaningful), a
 * correction sound only when a warning or error cue starts and not more often than every
 * {@code correctionGapSeconds}, nothing at all when muted. Frame time drives the throttle.
 */
public final class SoundCues {

    public static final double DEFAULT_CORRECTION_GAP_SECONDS = 4;

    private final long correctionGapNanos;
    private volatile boolean muted;
    private long lastCorrection = Long.MIN_VALUE;
    private BreathingPacer.Breath lastBreath;

    public SoundCues(double correctionGapSeconds) {
        this.correctionGapNanos = Math.round(correctionGapSeconds * 1e9);
    }

    public SoundCues() {
        this(DEFAULT_CORRECTION_GAP_SECONDS);
    }

    public void setMuted(boolean muted) {
        this.muted = muted;
    }

    public boolean isMuted() {
        return muted;
    }

    /** The sound to play for this frame, if any. */
    public synchronized Optional<Sound> onFrame(FormFrame form) {
        if (muted) {
            return Optional.empty();
        }
        if (form.has(FormEvent.Type.HOLD_DONE) || form.has(FormEvent.Type.SET_DONE)) {
            return Optional.of(Sound.HOLD_DONE);
        }
        if (form.has(FormEvent.Type.REP_COUNTED)) {
            return Optional.of(Sound.REP_COUNTED);
        }
        boolean correction = form.events().stream()
                .filter(e -> e.type() == FormEvent.Type.CUE_STARTED)
                .anyMatch(e -> form.cues().stream().filter(c -> c.id().equals(e.subject()))
                        .map(Cue::severity).anyMatch(s -> s != Severity.INFO));
        long t = form.timestampNanos();
        if (correction && (lastCorrection == Long.MIN_VALUE || t - lastCorrection >= correctionGapNanos)) {
            lastCorrection = t;
            return Optional.of(Sound.CORRECTION);
        }
        return Optional.empty();
    }

    /**
     * The sound that marks a new phase of the breathing guide (breathe in, hold, breathe out), if
     * this moment starts one; nothing while muted or without a guide.
     */
    public synchronized Optional<Sound> onBreath(BreathingPacer.Breath breath) {
        BreathingPacer.Breath before = lastBreath;
        lastBreath = breath;
        if (muted || breath == null || (before != null && before.phase() == breath.phase()
                && before.breath() == breath.breath())) {
            return Optional.empty();
        }
        return Optional.of(switch (breath.phase()) {
            case INHALE -> Sound.BREATHE_IN;
            case HOLD -> Sound.BREATHE_HOLD;
            case EXHALE -> Sound.BREATHE_OUT;
        });
    }
}
