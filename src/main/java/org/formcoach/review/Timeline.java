package org.formcoach.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.formcoach.recording.EventLine;

/** What happened along a video, to see on the seek bar and jump to: reps, holds and cues. */
public final class Timeline {

    public enum Kind {
        REP, HOLD, CUE
    }

    /**
     * One place to jump to.
     *
     * @param frame the frame to show (a rep's bottom, a hold's start, a cue's start)
     * @param fault for a rep: it had faults or was not counted; for a cue: a warning or error
     */
    public record Mark(Kind kind, int frame, double t, String label, boolean fault) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.2f s  %s", t, label);
        }
    }

    private Timeline() {
    }

    public static List<Mark> of(ReviewMedia media) {
        List<Mark> marks = new ArrayList<>();
        for (EventLine e : media.events()) {
            switch (e.type()) {
                case EventLine.REP -> {
                    EventLine.Rep r = e.rep();
                    int bottom = media.frameAt(r.bottomSeconds());
                    String what = r.counted() ? r.faults().isEmpty() ? "clean" : String.join(", ", r.faults())
                            : "not counted";
                    String depth = r.depth() == null ? "" : "angle".equals(r.signal())
                            ? String.format(Locale.ROOT, ", bottom %.0f°", r.depth())
                            : String.format(Locale.ROOT, ", reach %.2f", r.depth());
                    marks.add(new Mark(Kind.REP, bottom, media.track().get(bottom).t(),
                            "rep " + r.number() + " (set " + r.set() + "): " + what + depth, !r.clean()));
                }
                case "hold_started", "hold_done", "hold_paused" -> marks.add(new Mark(Kind.HOLD, clamp(media, e.frame()),
                        e.t(), e.type().replace('_', ' '), e.type().equals("hold_paused")));
                case "cue_started" -> marks.add(new Mark(Kind.CUE, clamp(media, e.frame()), e.t(),
                        e.text() == null || e.text().isBlank() ? e.subject() : e.subject() + ": " + e.text(),
                        !e.subject().equals("position") && !e.subject().equals("view")));
                default -> {
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::frame));
        return List.copyOf(marks);
    }

    private static int clamp(ReviewMedia media, long frame) {
        return (int) Math.max(0, Math.min(media.frameCount() - 1, frame));
    }
}
