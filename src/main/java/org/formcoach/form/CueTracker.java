package org.formcoach.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-frame cue candidates into the cues on screen: a candidate must persist for its
 * {@code afterSeconds} before it shows, and a shown cue stays at least {@code minOnSeconds}, so
 * nothing flickers. Emits {@code CUE_STARTED} / {@code CUE_ENDED} events.
 */
public final class CueTracker {

    /** A cue the rules want on this frame, and how long it must persist before it shows. */
    public record Candidate(Cue cue, double afterSeconds) {
    }

    private static final class Slot {
        Cue cue;
        long rawSince = -1;
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
            if (s.rawSince < 0) {
                s.rawSince = t;
            }
            if (s.shownSince < 0 && t - s.rawSince >= (long) (c.afterSeconds() * 1e9)) {
                s.shownSince = t;
                events.add(new FormEvent(FormEvent.Type.CUE_STARTED, t, c.cue().id(), 0));
            }
        }
        List<Cue> shown = new ArrayList<>();
        for (var it = slots.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Slot> e = it.next();
            Slot s = e.getValue();
            if (!s.rawNow) {
                s.rawSince = -1;
                if (s.shownSince < 0) {
                    it.remove();
                    continue;
                }
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
