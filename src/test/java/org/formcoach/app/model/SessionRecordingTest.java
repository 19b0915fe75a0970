package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.formcoach.app.PipelineEngine;
import org.formcoach.app.model.SessionController.Phase;
import org.formcoach.app.model.SessionController.Snapshot;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.patient.PatientProfile;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.recording.Manifest;
import org.formcoach.recording.Recording;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.session.SessionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording a session from the controller, without a screen: a real clip of the corpus through
 * the real engine (capture at the clip's speed, MoveNet, the form engine) into a recording folder,
 * which is then read back as the review window reads it.
 */
class SessionRecordingTest {

    private static final Path CLIP = Path.of("src/test/resources/clips/pushup-side-01.mp4");
    private static final Catalog SHIPPED = new RoutineLoader().load(Path.of("routines"));

    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-bg"));
    private final PipelineEngine engine = new PipelineEngine();
    private SessionStore store;
    private SessionController c;

    @AfterEach
    void stop() throws Exception {
        if (c != null) {
            ui.submit(c::close).get(60, TimeUnit.SECONDS);
        }
        // what the session's end left to do (its journal prompt) runs out before the threads end
        background.shutdown();
        background.awaitTermination(60, TimeUnit.SECONDS);
        ui.shutdown();
        ui.awaitTermination(60, TimeUnit.SECONDS);
        if (store != null) {
            store.close();
        }
    }

    private void controller() throws Exception {
        store = SessionStore.open(dir.resolve("data"), Clock.systemUTC());
        c = onUi(() -> new SessionController(new SessionController.Setup(SHIPPED, Path.of("routines"), engine,
                SettingsStore.inFolder(dir), background, ui, s -> { }, Duration.ofMinutes(90), System::nanoTime, store,
                Clock.systemUTC())));
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        return ui.submit(task).get(60, TimeUnit.SECONDS);
    }

    private void ui(Runnable task) throws Exception {
        ui.submit(task).get(60, TimeUnit.SECONDS);
    }

    /** The first snapshot that passes {@code test}; a guard against a hang, not a speed target. */
    private Snapshot await(Predicate<Snapshot> test) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Snapshot s = onUi(c::snapshot);
            if (test.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not reached; last: " + c.snapshot());
    }

    @Test
    void aPatientsAttemptIsRecordedUntilTheVideoEndsAndReadsBackWhole() throws Exception {
        controller();
        PatientProfile anna = new PatientProfile("P-017", "Anna", "", "", "", List.of());
        ui(() -> c.setPatient(anna));
        ui(() -> c.open("floor-pushup", CLIP.toString(), MoveNetModel.LIGHTNING, false, true));
        await(s -> s.phase() == Phase.RUNNING);
        Path folder = dir.resolve("anna-attempt");
        ui(() -> c.startRecording(folder, "attempt", "  First attempt after the demonstration "));
        assertTrue(await(s -> s.recording() != null || s.status().startsWith("Cannot")).recording() != null,
                c.snapshot().status());
        assertEquals(folder, c.snapshot().recording());

        // the clip ends: the recording ends with it and says where it is
        Snapshot done = await(s -> s.recorded().startsWith("Recorded ") || s.recorded().startsWith("Recording stopped")
                || s.recorded().startsWith("Nothing"));
        assertNull(done.recording());
        assertEquals(Phase.ENDED, done.phase());
        Recording r = Recording.load(folder);
        Manifest m = r.manifest();
        assertTrue(done.recorded().matches("Recorded " + m.frames() + " frames \\(\\d+\\.\\d s\\) in "
                + java.util.regex.Pattern.quote(folder.toString())), done.recorded());
        assertTrue(m.frames() > 10, "frames: " + m.frames());
        assertTrue(m.complete());
        assertEquals("attempt", m.role());
        assertEquals("floor-pushup", m.exercise());
        assertEquals("P-017", m.patient());
        assertEquals("First attempt after the demonstration", m.notes());
        assertEquals(CLIP.toString(), m.source());
        try (FrameSource clip = FrameSources.open(CLIP.toString())) {
            assertEquals(clip.info().nominalFps(), m.fps(), 1e-6, "the clip's own frame rate");
        }
        assertEquals(m.frames(), r.track().size());
        assertEquals(m.frames(), Files.readAllLines(folder.resolve(Manifest.KEYPOINTS)).size());
        for (int i = 0; i < r.track().size(); i++) {
            assertEquals(i, r.track().get(i).frame());
        }
        int played = 0;
        try (FrameSource video = FrameSources.open(r.video().toString())) {
            assertEquals(m.width(), video.info().width());
            while (video.read() instanceof ReadResult.FrameRead f) {
                f.frame().close();
                played++;
            }
        }
        assertEquals(m.frames(), played, "the video has a picture for every line of the track");
    }

    @Test
    void stoppingTheRecordingKeepsCoachingAndAFolderInUseIsRefusedInOneLine() throws Exception {
        controller();
        ui(() -> c.startRecording(dir.resolve("too-early"), "demonstration", null));
        assertEquals("Nothing to record: start coaching first, then record the session", c.snapshot().status());
        assertTrue(Files.notExists(dir.resolve("too-early")));
        ui(() -> c.open("floor-pushup", CLIP.toString(), MoveNetModel.LIGHTNING, false, true));
        await(s -> s.phase() == Phase.RUNNING);
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        ui(() -> c.startRecording(used, "demonstration", null));
        Snapshot refused = await(s -> s.status().startsWith("Cannot record"));
        assertEquals("Cannot record: " + used + " is not empty; give the name of a new folder for the recording",
                refused.status());
        assertNull(refused.recording());

        Path folder = dir.resolve("demo");
        ui(() -> c.startRecording(folder, "demonstration", null));
        await(s -> s.recording() != null);
        long at = c.framesAnalysed();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (c.framesAnalysed() < at + 5 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        ui(c::stopRecording);
        Snapshot saved = await(s -> !s.recorded().isEmpty());
        assertTrue(saved.recorded().startsWith("Recorded "), saved.recorded());
        assertNull(saved.recording());
        Manifest m = Recording.load(folder).manifest();
        assertTrue(m.frames() > 0 && m.complete(), m.toString());
        assertNull(m.patient());
        assertEquals("demonstration", m.role());
        assertTrue(saved.phase() == Phase.RUNNING || saved.phase() == Phase.ENDED, "coaching goes on: "
                + saved.phase());
    }
}
