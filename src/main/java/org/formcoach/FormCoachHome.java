package org.formcoach;

import java.nio.file.Path;

/** Where FormCoach's own folders (models/, routines/) are: the one place that knows. */
public final class FormCoachHome {

    private FormCoachHome() {
    }

    /**
     * {@code folder} under {@code -Dformcoach.home} (set by the launcher, so FormCoach works from any
     * working directory), else under the working directory (tests, IDE runs).
     */
    public static Path resolve(String folder) {
        String home = System.getProperty("formcoach.home");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).resolve(folder);
    }
}
