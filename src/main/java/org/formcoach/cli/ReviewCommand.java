package org.formcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.formcoach.app.ReviewWindow;
import org.formcoach.review.ReviewMedia;
import org.formcoach.review.ReviewModel;
import org.formcoach.review.ReviewSources;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach review}: a recording or any video, frame by frame, in the review window. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Opens the review window on a recording (its folder) or on any video, which is analysed"
                + " first so that every frame has its skeleton and angles.",
                "Exit code 0 when the window was closed, 2 when FILE cannot be opened (or a video has no --exercise),"
                        + " 1 when the model failed or no window can be opened."})
final class ReviewCommand implements Callable<Integer> {

    private static final String NAME = "formcoach review";

    @Option(names = "--exercise", paramLabel = "ID",
            description = "The exercise in the video (a recording knows its own).")
    String exerciseId;

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Parameters(paramLabel = "FILE", description = "A recording folder (or its manifest.json) or a video file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Loaded loaded = load(file, exerciseId, routinesOption.load(err), modelOption, routinesOption, err, NAME);
        if (loaded.media() == null) {
            return loaded.code();
        }
        try {
            ReviewWindow.run(new ReviewModel(loaded.media(), loaded.exercise()));
            return ExitCode.OK;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            err.println(NAME + ": cannot open a window (" + e.getMessage() + "); run it on a desktop");
            return ExitCode.FAILURE;
        }
    }

    /**
     * What a recording or video holds and its exercise (null when the catalog lacks it); or, when it
     * could not be loaded, no media and the exit code.
     */
    record Loaded(ReviewMedia media, Exercise exercise, int code) {
        static Loaded failed(int code) {
            return new Loaded(null, null, code);
        }
    }

    /**
     * Loads a recording, or analyses a video with {@code exerciseId} from {@code catalog}; on failure
     * says why in one line on {@code err} and returns {@link Loaded#failed} with the exit code.
     */
    static Loaded load(Path file, String exerciseId, Catalog catalog, ModelOption model, RoutinesOption routines,
            PrintWriter err, String name) throws InterruptedException {
        boolean video = ReviewSources.needsExercise(file);
        Exercise exercise = null;
        if (exerciseId != null || video) {
            if (exerciseId == null) {
                err.println(name + ": " + file + " is a video, not a recording: say what is in it with --exercise ID"
                        + " (see 'formcoach routines')");
                return Loaded.failed(ExitCode.BAD_INPUT);
            }
            Optional<Exercise> known = routines.exercise(catalog, exerciseId, err, name);
            if (known.isEmpty()) {
                return Loaded.failed(ExitCode.BAD_INPUT);
            }
            exercise = known.get();
        }
        if (video) {
            err.println(name + ": analysing " + file.getFileName() + "…");
        }
        try {
            ReviewSources.Opened opened = ReviewSources.open(file, exercise, catalog, model::loadForFiles, n -> { });
            return new Loaded(opened.media(), opened.exercise(), ExitCode.OK);
        } catch (ReviewSources.OpenException e) {
            err.println(name + ": " + e.getMessage());
            return Loaded.failed(e.badInput() ? ExitCode.BAD_INPUT : ExitCode.FAILURE);
        }
    }
}
