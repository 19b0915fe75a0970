package org.formcoach.pose;

import java.nio.file.Path;
import org.formcoach.FormCoachHome;

/** Where FormCoach finds its model files. */
public final class ModelDirectory {

    private ModelDirectory() {
    }

    /**
     * {@code -Dformcoach.models=DIR} if given, else {@code models/} under {@code -Dformcoach.home}
     * (set by the launcher), else {@code models/} in the working directory.
     */
    public static Path resolve() {
        String explicit = System.getProperty("formcoach.models");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return FormCoachHome.resolve("models").toAbsolutePath();
    }
}
