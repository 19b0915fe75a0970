package org.formcoach.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.formcoach.capture.FrameSources;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.TestModels;

/** Recordings of the corpus's real clips, made once per test JVM with the real model and shared. */
public final class TestRecordings {

    private static final Map<String, Path> MADE = new HashMap<>();
    private static Path root;

    private TestRecordings() {
    }

    /** The recording of {@code src/test/resources/clips/<clip>} coached as {@code exerciseId}. */
    public static Path of(String clip, String exerciseId, String role) {
        return of(clip, exerciseId, role, null);
    }

    /** As {@link #of(String, String, String)}, recorded for the patient {@code patient} (their code, or null). */
    public static synchronized Path of(String clip, String exerciseId, String role, String patient) {
        return MADE.computeIfAbsent(clip + "/" + exerciseId + "/" + role + "/" + patient, k -> {
            try {
                if (root == null) {
                    root = Files.createTempDirectory("formcoach-recordings");
                    root.toFile().deleteOnExit();
                }
                Path folder = root.resolve((patient == null ? "" : patient + "-") + clip.replace(".mp4", "") + "-"
                        + exerciseId + "-" + role);
                Exercise exercise = new RoutineLoader().load(Path.of("routines")).exercise(exerciseId).orElseThrow();
                RecordingWriter writer = RecordingWriter.start(folder, new RecordingWriter.Details(role, exercise.id(),
                        exercise.name(), clip, "lightning", role.equals("demonstration")
                                ? "Demonstration — elbows to 90°, body in one line" : null, patient), 0, s -> { });
                try (CoachPipeline p = CoachPipeline.start(FrameSources.open("src/test/resources/clips/" + clip),
                        FrameAnalyzer.withDefaults(TestModels.get(MoveNetModel.LIGHTNING), ExerciseProgram.of(exercise)),
                        List.of(writer))) {
                    p.awaitEnd(Duration.ofMinutes(3)).orElseThrow();
                }
                writer.finish();
                return folder;
            } catch (IOException | org.formcoach.io.OutputException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
