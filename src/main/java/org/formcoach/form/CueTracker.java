package org.formcoach.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-frame cue candidates into the cues on screen: a candidate must persist for its
 * {@code afterSeconds} before it shows, and a shown cue stays at least {@code minOnSeconds}, so
 * nothing flickers. For long waits (posture alerts, {@link #LONG_WAIT_SECONDS} and more) a brief
 * lapse (a tenth of the wait, at most {@link #MAX_LAPSE_SECONDS}) does not restart the wait, so a
 * posture held for 30 s is not undone by a few frames of keypoint jitter back inside the limit; the
 * fault must still be present in {@link #MIN_PRESENT_SHARE} of the frames of the wait, so scattered
 * noise never adds up to an alert. Emits {@code CUE_STARTED} / {@code CUE_ENDED} events.
 */
public final class CueTracker {

    /** A cue the rules want on this frame, and how long it must persist before it shows. */
    public record Candidate(Cue cue, double afterSeconds) {
    }

    /** Waits from this long on tolerate lapses. */
    static final double LONG_WAIT_SECONDS = 10.0;
    /** The longest lapse a waiting candidate may have without starting its wait again. */
    static final double MAX_LAPSE_SECONDS = 2.0;
    /** Share of the frames of a long wait in which the fault must be present. */
    static final double MIN_PRESENT_SHARE = 0.8;

    private static final class Slot {
        Cue cue;
        long rawSince = -1;
        long rawLast = -1;
        long lapseNanos;
        int framesWaiting;
        int framesPresent;
        long shownSince = -1;
        boolean rawNow;
    }

    private final long minOnNanos;
    private final Map<String, Slot> slots = new LinkedHashMap<>();

    public CueTracker(double minOnSeconds) {
        this.minOnNanos = (long) (minOnSeconds * 1e9);
    }

    public List<Cue> update(long t, List<Candidate> candidates, List<FormEvent> events) {
        slots.values().forEach(s -> s.rawNow = false);
        for (Candidate c : candidates) {
            Slot s = slots.computeIfAbsent(c.cue().id(), id -> new Slot());
            if (s.rawNow) {
                continue; // first candidate with an id wins on a frame
            }
            s.rawNow = true;
            s.cue = c.cue();
            s.lapseNanos = c.afterSeconds() < LONG_WAIT_SECONDS ? 0
                    : (long) (Math.min(MAX_LAPSE_SECONDS, c.afterSeconds() / 10) * 1e9);
            if (s.rawSince < 0) {
                s.rawSince = t;
                s.framesWaiting = 0;
                s.framesPresent = 0;
            }
            s.rawLast = t;
            s.framesPresent++;
            if (s.shownSince < 0 && t - s.rawSince >= (long) (c.afterSeconds() * 1e9)
                    && s.framesPresent >= MIN_PRESENT_SHARE * (s.framesWaiting + 1)) {
                s.shownSince = t;
                events.add(new FormEvent(FormEvent.Type.CUE_STARTED, t, c.cue().id(), 0));
            }
        }
        List<Cue> shown = new ArrayList<>();
        for (var it = slots.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Slot> e = it.next();
            Slot s = e.getValue();
            s.framesWaiting++;
            if (!s.rawNow) {
                if (s.shownSince < 0) {
                    if (t - s.rawLast > s.lapseNanos) {
                        it.remove();
                    }
                    continue;
                }
                s.rawSince = -1;
                if (t - s.shownSince >= minOnNanos) {
                    events.add(new FormEvent(FormEvent.Type.CUE_ENDED, t, e.getKey(), 0));
                    it.remove();
                    continue;
                }
            }
            if (s.shownSince >= 0) {
                shown.add(s.cue);
            }
        }
        shown.sort(Comparator.comparing(Cue::severity).reversed());
        return shown;
    }
}
