package org.formcoach.app.model;

import java.util.List;

/**
 * Everything the live view shows for one frame, as plain values: built off the JavaFX thread by
 * {@link CoachViewModel}, drawn by the view without further decisions.
 *
 * @param title        what is being done: the exercise's name, "Rest", "Routine complete"
 * @param banner       the most important correction, "Good form", or what to do now
 * @param bannerTone   colour of the banner
 * @param counter      e.g. "Set 2 of 3 — 5 / 12", "Hold 12 / 20 s"
 * @param ring         progress of the ring timer, 0..1, or negative for no ring
 * @param ringText     the number in the ring ("5", "12 s")
 * @param ringCaption  what the ring counts ("reps", "hold", "rest")
 * @param steps        the routine's steps with the current and the next one marked
 * @param guide        how to get into the camera's view, or empty when the needed parts are in view
 * @param overlay      skeleton and angle labels in image pixels
 * @param readout      frame rate and latency, e.g. "14.8 fps · 52 ms"
 * @param instructions how to do the current exercise, or what to do now
 * @param breath       the breathing guide's moment when the exercise paces a breathing pattern, or null
 * @param total        the routine's planned time, e.g. "16:00 in all, with the warm-up"; empty for one exercise
 */
public record CoachView(String title, String banner, Tone bannerTone, String counter, double ring, String ringText,
        String ringCaption, List<StepLine> steps, String guide, Overlay overlay, String readout, String instructions,
        BreathingPacer.Breath breath, String total) {

    public CoachView {
        steps = List.copyOf(steps);
        total = total == null ? "" : total;
    }

    /** A view without a breathing guide. */
    public CoachView(String title, String banner, Tone bannerTone, String counter, double ring, String ringText,
            String ringCaption, List<StepLine> steps, String guide, Overlay overlay, String readout,
            String instructions) {
        this(title, banner, bannerTone, counter, ring, ringText, ringCaption, steps, guide, overlay, readout,
                instructions, null, "");
    }

    public boolean hasRing() {
        return ring >= 0;
    }
}
