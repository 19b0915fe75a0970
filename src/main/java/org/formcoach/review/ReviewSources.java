package org.formcoach.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.formcoach.capture.CaptureException;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.recording.Recording;
import org.formcoach.recording.RecordingException;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;

/**
 * Opens what a therapist reviews, compares or reports on: a recording as it was made, or any video,
 * analysed once with the pose model. One place for the command line and the window, so both say
 * the same thing about the same bad file.
 */
public final class ReviewSources {

    /** What was opened, and the exercise it is judged by (null when the catalog lacks a recording's). */
    public record Opened(ReviewMedia media, Exercise exercise) {
    }

    /** Loads the pose model when a video must be analysed (recordings need none). */
    @FunctionalInterface
    public interface ModelLoader {
        MoveNetEstimator load() throws ModelLoadException;
    }

    /**
     * Why something could not be opened, in one line that names the file. {@code badInput} when the
     * file is at fault (missing, not a recording, unplayable), not FormCoach (the model).
     */
    public static final class OpenException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean badInput;

        OpenException(String message, boolean badInput, Throwable cause) {
            super(message, cause);
            this.badInput = badInput;
        }

        public boolean badInput() {
            return badInput;
        }
    }

    private ReviewSources() {
    }

    /** Whether {@code file} is a video that must be told its exercise (not a recording, not a folder). */
    public static boolean needsExercise(Path file) {
        return Files.isRegularFile(file) && !Recording.isRecording(file);
    }

    /**
     * Opens {@code file}: a recording folder (or its manifest.json), judged by {@code exercise} or else
     * by the exercise it was recorded with; or a video, analysed with {@code exercise} (which it needs),
     * {@code progress} hearing the frames done.
     */
    public static Opened open(Path file, Exercise exercise, Catalog catalog, ModelLoader model, LongConsumer progress)
            throws OpenException, InterruptedException {
        if (!Files.exists(file)) {
            throw new OpenException(file + " does not exist", true, null);
        }
        if (Recording.isRecording(file)) {
            try {
                Recording r = Recording.load(file);
                Exercise judged = exercise != null ? exercise : catalog.exercise(r.manifest().exercise()).orElse(null);
                return new Opened(ReviewMedia.of(r), judged);
            } catch (RecordingException e) {
                throw new OpenException(e.getMessage(), true, e);
            }
        }
        if (Files.isDirectory(file)) {
            throw new OpenException(file + " is a folder but not a recording (it has no manifest.json)", true, null);
        }
        if (exercise == null) {
            throw new OpenException(file + " is a video, not a recording: FormCoach needs to know the exercise in it",
                    true, null);
        }
        MoveNetEstimator estimator;
        try {
            estimator = model.load();
        } catch (ModelLoadException e) {
            throw new OpenException(e.getMessage(), false, e);
        }
        try (estimator) {
            return new Opened(ReviewMedia.analyse(file, exercise, estimator, progress), exercise);
        } catch (CaptureException e) {
            throw new OpenException(e.getMessage(), true, e);
        }
    }
}
