package org.formcoach.routine;

import java.nio.file.Path;
import java.util.List;

/** A named sequence of steps, loaded from {@code <id>.yaml}. */
public record Routine(String id, String name, String description, List<Step> steps, Path source) {

    public Routine {
        steps = List.copyOf(steps);
    }
}
