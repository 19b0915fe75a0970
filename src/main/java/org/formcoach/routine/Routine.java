package org.formcoach.routine;

import java.nio.file.Path;
import java.util.List;

/**
 * A named sequence of steps, loaded from {@code <id>.yaml}.
 *
 * @param warmUp   the routine every session of this one starts with (the programme's warm-up), or null
 * @param schedule when the app suggests it, or null
 */
public record Routine(String id, String name, String description, List<Step> steps, Path source, String warmUp,
        Schedule schedule) {

    public Routine {
        steps = List.copyOf(steps);
    }

    /** A routine without a warm-up or schedule. */
    public Routine(String id, String name, String description, List<Step> steps, Path source) {
        this(id, name, description, steps, source, null, null);
    }

    /** The same routine with other steps. */
    public Routine withSteps(List<Step> other) {
        return new Routine(id, name, description, other, source, warmUp, schedule);
    }
}
