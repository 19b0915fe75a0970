package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.CATALOG;
import static org.formcoach.app.model.Frames.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.formcoach.app.model.SessionController.Phase;
import org.formcoach.app.model.SessionController.Snapshot;
import org.formcoach.capture.CaptureException;
import org.formcoach.form.FormEvent;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pose.MoveNetModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session controller without a screen: a "ui" thread and a background thread of its own, an
 * engine the test feeds by hand, the shipped catalog and a real settings file.
 */
class SessionControllerTest {

    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-bg"));
    private final ScriptedEngine engine = new ScriptedEngine();
    private final List<Sound> sounds = new CopyOnWriteArrayList<>();
    private SessionController c;

    @AfterEach
    void stop() {
        ui.shutdownNow();
        background.shutdownNow();
    }

    private SessionController controller(SettingsStore settings) throws Exception {
        c = onUi(() -> new SessionController(new SessionController.Setup(CATALOG, Path.of("routines"), engine,
                settings, background, ui, sounds::add, Duration.ofMinutes(90), System::nanoTime)));
        return c;
    }

    private SessionController controller() throws Exception {
        return controller(SettingsStore.inFolder(dir));
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        return ui.submit(task).get(5, TimeUnit.SECONDS);
    }

    private void ui(Runnable task) throws Exception {
        ui.submit(task).get(5, TimeUnit.SECONDS);
    }

    /** The first snapshot that passes {@code test}, within 5 s. */
    private Snapshot await(Predicate<Snapshot> test) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot s = onUi(c::snapshot);
            if (test.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("not reached in 5 s; last: " + c.snapshot());
    }

    private static CoachFrame reps(String exercise, double t, int reps, FormEvent.Type... events) {
        return Frames.frame(exercise, pose(), Frames.reps(t, reps, 8, events));
    }

    private static CoachFrame checkDone(String exercise, double t) {
        return Frames.frame(exercise, pose(), Frames.form(t, new TrackerState.Rotation(true, true, 30, 30, true),
                List.of(), List.of(new FormEvent(FormEvent.Type.SET_DONE, Frames.seconds(t), "", 0)), List.of()));
    }

    @Test
    void firstRunAsksTheQuestionsThenRunsTheCheckThenTheChosenProgram() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        Snapshot asking = c.snapshot();
        assertEquals(Phase.SCREENING, asking.phase());
        assertNotNull(asking.screening());
        assertFalse(asking.startEnabled(), "no coaching before the questions are answered");
        ui(() -> {
            RedFlagScreening q = c.snapshot().screening();
            q.questions().forEach(f -> q.answer(f.id(), false));
            c.safetyAnswered(q);
        });
        assertTrue(AppSettings.load(dir).screeningPassed(), "remembered for the next start");

        ScriptedEngine.Feed check = engine.nextStart();
        assertEquals(SessionController.FIRST_RUN_CHECK, check.program.exercise().id());
        Snapshot checking = await(s -> s.phase() == Phase.RUNNING);
        assertEquals(SessionController.FIRST_RUN_CHECK, checking.program().id(), "the picker shows the check");
        assertNull(checking.banner(), "the frames speak");
        assertEquals("Coaching from 0", checking.status());

        check.frame(id -> checkDone(id, 31));
        ScriptedEngine.Feed wall = engine.nextStart();
        assertEquals("wall-pushup", wall.program.exercise().id());
        Snapshot coaching = await(s -> s.phase() == Phase.RUNNING && s.program().id().equals("wall-pushup"));
        assertEquals("Single exercise", coaching.panelTitle());
        assertEquals("Wall push-up", coaching.preview().title(), "the side panel shows the chosen program");
        await(s -> check.stopped);
    }

    @Test
    void aYesStopsCoachingAndStartAsksTheQuestionsAgain() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        ui(() -> {
            RedFlagScreening q = c.snapshot().screening();
            q.answer("bladder-bowel", true);
            c.safetyAnswered(q);
        });
        Snapshot blocked = c.snapshot();
        assertEquals(Phase.BLOCKED, blocked.phase());
        assertEquals("Coaching is off: get emergency care now", blocked.banner().text());
        assertEquals(Tone.ERROR, blocked.banner().tone());
        assertFalse(AppSettings.load(dir).screeningPassed());
        ui(c::enterDeskMode);
        assertNull(c.snapshot().desk(), "no desk mode either");
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertFalse(engine.startedAny(), "nothing was started");
        ui(c::start);
        assertEquals(Phase.SCREENING, c.snapshot().phase());
    }

    @Test
    void pausedAndEndedSayTheSameInTheBannerTheStatusLineAndTheButton() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true));
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        feed.frame(id -> reps(id, 1, 1, FormEvent.Type.REP_COUNTED));
        assertEquals(List.of(Sound.REP_COUNTED), sounds);

        ui(c::startOrPause);
        Snapshot paused = c.snapshot();
        assertTrue(feed.paused);
        assertEquals(new SessionController.Banner("Paused", Tone.INFO, true), paused.banner());
        assertTrue(paused.status().startsWith("Paused"), paused.status());
        assertEquals("Resume", paused.startLabel());
        assertTrue(paused.skipEnabled());

        ui(c::startOrPause);
        Snapshot resumed = c.snapshot();
        assertFalse(feed.paused);
        assertNull(resumed.banner());
        assertEquals("Pause", resumed.startLabel());

        feed.finish();
        Snapshot ended = await(s -> s.phase() == Phase.ENDED);
        assertEquals("The video has ended", ended.banner().text());
        assertTrue(ended.banner().overPicture(), "the last picture stays");
        assertTrue(ended.status().startsWith("The video has ended: 1 frames analysed"), ended.status());
        assertEquals("Play again", ended.startLabel());
        assertFalse(ended.skipEnabled());
        assertTrue(c.sourceEnded());
    }

    @Test
    void aSourceThatCannotBeOpenedOffersToOpenAVideo() throws Exception {
        controller();
        engine.failNextWith(new CaptureException("no such file: holiday.mp4"));
        ui(() -> c.open("wall-pushup", "holiday.mp4", MoveNetModel.LIGHTNING, false, true));
        Snapshot s = await(x -> x.problem() != null);
        assertEquals(Phase.IDLE, s.phase());
        assertTrue(s.problem().sourceProblem());
        assertEquals("This file cannot be played", s.problem().heading());
        assertTrue(s.problem().detail().contains("holiday.mp4"));
        assertEquals(new SessionController.Banner("This file cannot be played", Tone.WARNING, false), s.banner());
        assertEquals("Start", s.startLabel());
    }

    @Test
    void choosingAProgramChangesThePanelWhileIdleAndRestartsARunningSession() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, false));
        assertEquals(Phase.IDLE, c.snapshot().phase());
        assertEquals("Single exercise", c.snapshot().panelTitle());
        ui(() -> c.selectProgram("office-reset"));
        Snapshot chosen = c.snapshot();
        assertEquals("office-reset", chosen.program().id());
        assertEquals("90-second office reset", chosen.panelTitle(), "the side panel follows the picker");
        assertEquals(4, chosen.preview().steps().size());
        assertEquals(Phase.IDLE, chosen.phase(), "choosing does not start");

        ui(c::start);
        ScriptedEngine.Feed reset = engine.nextStart();
        assertEquals("chest-opener", reset.program.exercise().id());
        await(s -> s.phase() == Phase.RUNNING);
        ui(() -> c.selectProgram("wall-pushup"));
        ScriptedEngine.Feed wall = engine.nextStart();
        assertEquals("wall-pushup", wall.program.exercise().id());
        await(s -> s.phase() == Phase.RUNNING && s.panelTitle().equals("Single exercise"));
        await(s -> reset.stopped);
        reset.frame(id -> reps(id, 5, 3, FormEvent.Type.REP_COUNTED));
        assertEquals(0, c.framesAnalysed(), "a stopped session's late frames are not counted");
    }

    @Test
    void skipWhilePausedMovesTheRoutineOn() throws Exception {
        controller();
        ui(() -> c.open("office-reset", "0", MoveNetModel.LIGHTNING, false, true));
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        feed.frame(id -> reps(id, 1, 0));
        ui(c::pause);
        ui(c::skip);
        assertEquals("shoulder-rolls", feed.program.exercise().id());
        assertEquals(Phase.PAUSED, c.snapshot().phase());
    }

    @Test
    void deskModeWatchesPostureAndLeavesTheSessionRunning() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true));
        engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        ui(c::enterDeskMode);
        ScriptedEngine.Feed desk = engine.nextStart();
        assertEquals(SessionController.DESK_EXERCISE, desk.program.exercise().id());
        Snapshot watching = c.snapshot();
        assertNotNull(watching.desk());
        assertEquals(SessionController.DESK_EXERCISE, watching.program().id());
        ui(c::leaveDeskMode);
        assertNull(c.snapshot().desk());
        assertFalse(desk.stopped);
    }

    @Test
    void settingsThatCannotBeSavedAreSaidOnTheStatusLine() throws Exception {
        controller(new SettingsStore() {
            @Override
            public AppSettings load() {
                return AppSettings.DEFAULT;
            }

            @Override
            public void save(AppSettings settings) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public String toString() {
                return "/full";
            }
        });
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, false));
        ui(() -> c.setMuted(true));
        Snapshot s = c.snapshot();
        assertTrue(s.muted(), "the choice holds for this run");
        assertEquals("Settings could not be saved in /full: No space left on device", s.status());
    }
}
