package org.formcoach.session;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RuleSpec;

/**
 * Where each repetition's duration, depth and faults come from: one per set, fed every frame of it.
 * {@link #forCatalog} is the one place that chooses the implementation.
 */
public interface RepSource {

    /** Takes the next frame of the set; returns the reps that ended on it (counted or not). */
    List<RepRecord> onFrame(CoachFrame frame);

    /**
     * A new source for each set. Today the faults of a rep are the form cues (the exercise's own
     * rules) on screen at any moment of the rep, {@link CueWindowReps}.
     */
    static Supplier<RepSource> forCatalog(Catalog catalog) {
        Function<String, Set<String>> faultIds = id -> catalog.exercise(id)
                .map(Exercise::rules).map(rules -> Set.copyOf(rules.stream().map(RuleSpec::id).toList()))
                .orElse(Set.of());
        return () -> new CueWindowReps(faultIds);
    }
}
