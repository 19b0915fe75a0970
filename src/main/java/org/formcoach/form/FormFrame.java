package org.formcoach.form;

import org.formcoach.body.View;
import java.util.List;

/**
 * The form engine's verdict on one frame, immutable.
 *
 * @param timestampNanos the frame's timestamp (video time)
 * @param view           the detected view
 * @param personInView   false when there was no pose or too little of it to tell the view
 * @param measurements   values measured on this frame (angles in degrees, offsets as ratios)
 * @param cues           cues on screen, most severe first
 * @param events         what happened on this frame
 * @param state          counting / timing progress; the type follows the exercise's tracker
 * @param rep            the rep attempt that finished on this frame, or null
 * @param checksOff      ids of the exercise's rules that cannot be judged from this view
 */
public record FormFrame(long timestampNanos, View view, boolean personInView, List<Measurement> measurements,
        List<Cue> cues, List<FormEvent> events, TrackerState state, RepResult rep, List<String> checksOff) {

    public FormFrame {
        measurements = List.copyOf(measurements);
        cues = List.copyOf(cues);
        events = List.copyOf(events);
        checksOff = List.copyOf(checksOff);
    }

    /** A frame where no rep finished and every check can be judged. */
    public FormFrame(long timestampNanos, View view, boolean personInView, List<Measurement> measurements,
            List<Cue> cues, List<FormEvent> events, TrackerState state) {
        this(timestampNanos, view, personInView, measurements, cues, events, state, null, List.of());
    }

    public boolean has(FormEvent.Type type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    public boolean hasCue(String id) {
        return cues.stream().anyMatch(c -> c.id().equals(id));
    }
}
