package org.formcoach.session;

import java.util.List;
import java.util.function.Supplier;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.routine.Catalog;

/**
 * Where each repetition's duration, depth and faults come from: one per set, fed every frame of it.
 * {@link #forCatalog} is the one place that chooses the implementation.
 */
public interface RepSource {

    /** Takes the next frame of the set; returns the reps that ended on it (counted or not). */
    List<RepRecord> onFrame(CoachFrame frame);

    /** A new source for each set: the form engine's own rep results ({@link EngineReps}). */
    static Supplier<RepSource> forCatalog(Catalog catalog) {
        return EngineReps::new;
    }
}
