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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.formcoach.app.model.SessionController.Phase;
import org.formcoach.app.model.SessionController.Snapshot;
import org.formcoach.capture.CaptureException;
import org.formcoach.form.FormEvent;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.routine.RedFlag;
import org.formcoach.session.EndReason;
import org.formcoach.session.JournalEntry;
import org.formcoach.session.Ladder;
import org.formcoach.session.SessionRecord;
import org.formcoach.session.SessionStore;
import org.formcoach.session.SetOutcome;
import org.formcoach.session.SetRecord;
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

    private final ExecutorService ui = TestExecutors.single("test-ui");
    private final ExecutorService background = TestExecutors.single("test-bg");
    private final ScriptedEngine engine = new ScriptedEngine();
    private final List<Sound> sounds = new CopyOnWriteArrayList<>();
    private SessionController c;
    private SessionStore store;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        ui.shutdownNow();
        background.shutdownNow();
        if (store != null) {
            store.close();
        }
    }

    private SessionController controller(SettingsStore settings) throws Exception {
        store = SessionStore.open(dir.resolve("data"), clock);
        c = onUi(() -> new SessionController(new SessionController.Setup(CATALOG, Path.of("routines"), engine,
                settings, background, ui, sounds::add, Duration.ofMinutes(90), System::nanoTime, store, clock)));
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

    /** Answers every question asked "no". */
    private void allNo() throws Exception {
        ui(() -> {
            RedFlagScreening q = c.snapshot().screening();
            q.questions().forEach(f -> q.answer(f.id(), false));
            c.safetyAnswered(q);
        });
    }

    private List<String> asked() {
        return c.snapshot().screening().questions().stream().map(RedFlag::id).toList();
    }

    @Test
    void firstRunDoesThePainAssessmentThenAsksWhatWasFeltThenTheOtherRedFlags() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        // the programme's order: the head-rotation movement first
        ScriptedEngine.Feed check = engine.nextStart();
        assertEquals(SessionController.FIRST_RUN_CHECK, check.program.exercise().id());
        Snapshot checking = await(s -> s.phase() == Phase.RUNNING);
        assertEquals("wall-pushup", checking.program().id(), "the picker keeps the choice");
        assertEquals("Safety check first, then Wall push-up", checking.panelTitle());
        assertEquals("Pain assessment (head rotation)", checking.preview().title());
        assertNull(checking.screening(), "no question before the movement");

        check.frame(id -> checkDone(id, 31));
        Snapshot asking = await(s -> s.phase() == Phase.SCREENING);
        assertFalse(asking.startEnabled(), "no coaching before the questions are answered");
        assertEquals(List.of("numbness-during", "radiating-during", "arm-numbness", "night-pain", "bladder-bowel",
                "fever", "cancer-history"), asked(), "what was felt during it first, then the other red flags");
        assertEquals("What did you feel while turning your head?", asking.screening().heading());
        await(s -> check.stopped);
        allNo();
        assertTrue(AppSettings.load(dir).screeningPassed(), "remembered for the next start");

        ScriptedEngine.Feed wall = engine.nextStart();
        assertEquals("wall-pushup", wall.program.exercise().id());
        Snapshot coaching = await(s -> s.phase() == Phase.RUNNING && s.program().id().equals("wall-pushup"));
        assertEquals("Single exercise", coaching.panelTitle());
        assertEquals("Wall push-up", coaching.preview().title(), "the side panel shows the chosen program");
    }


    @Test
    void firstRunKeepsTheChosenRoutineThroughTheSafetyStepsThenStartsItFromItsFirstStep() throws Exception {
        controller();
        ui(() -> c.open("office-reset", "0", MoveNetModel.LIGHTNING, true, true));
        ScriptedEngine.Feed check = engine.nextStart();
        assertEquals(SessionController.FIRST_RUN_CHECK, check.program.exercise().id(), "the pain assessment first");
        Snapshot checking = await(s -> s.phase() == Phase.RUNNING);
        assertEquals("office-reset", checking.program().id(), "the picker keeps the choice");
        assertEquals("Safety check first, then 90-second office reset", checking.panelTitle());
        assertEquals("Pain assessment (head rotation)", checking.preview().title());
        assertEquals("Coaching from 0", checking.status());

        check.frame(id -> checkDone(id, 31));
        Snapshot asking = await(s -> s.phase() == Phase.SCREENING);
        assertEquals("office-reset", asking.program().id());
        assertFalse(asking.startEnabled(), "no coaching before the questions are answered");
        allNo();
        ScriptedEngine.Feed reset = engine.nextStart();
        assertEquals("chest-opener", reset.program.exercise().id(), "then the office reset, from its first step");
        Snapshot coaching = await(s -> s.phase() == Phase.RUNNING && s.panelTitle().equals("90-second office reset"));
        assertEquals("office-reset", coaching.program().id());
        assertEquals("Chest opener", coaching.preview().title(), "the side panel shows the chosen program");
        await(s -> check.stopped);
        store.flush();
        assertEquals(List.of(SessionController.FIRST_RUN_CHECK), store.sessions(null).stream()
                .filter(x -> x.endReason() == EndReason.COMPLETED).map(SessionRecord::programId).toList(),
                "the pain assessment is kept as done");
    }

    @Test
    void aChoiceInThePickerDuringThePainAssessmentIsWhatFollowsTheSafetySteps() throws Exception {
        controller();
        ui(() -> c.open("office-reset", "0", MoveNetModel.LIGHTNING, true, true));
        ScriptedEngine.Feed check = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        ui(() -> c.selectProgram("wall-pushup"));
        Snapshot chosen = c.snapshot();
        assertEquals("wall-pushup", chosen.program().id());
        assertEquals("Safety check first, then Wall push-up", chosen.panelTitle());
        assertEquals(1, engine.feeds.size(), "the assessment goes on");
        assertFalse(check.stopped);

        check.frame(id -> checkDone(id, 31));
        await(s -> s.phase() == Phase.SCREENING);
        allNo();
        ScriptedEngine.Feed wall = engine.nextStart();
        assertEquals("wall-pushup", wall.program.exercise().id());
        Snapshot coaching = await(s -> s.phase() == Phase.RUNNING && s.panelTitle().equals("Single exercise"));
        assertEquals("Wall push-up", coaching.preview().title());
    }

    @Test
    void withoutACameraThePanelStillSaysTheCheckComesFirst() throws Exception {
        engine.cameras = List.of();
        controller();
        ui(() -> c.open("office-reset", null, MoveNetModel.LIGHTNING, true, true));
        Snapshot none = await(s -> s.problem() != null);
        assertEquals("No camera found", none.problem().heading());
        assertEquals("Safety check first, then 90-second office reset", none.panelTitle());
        ui(() -> c.selectProgram("wall-pushup"));
        Snapshot chosen = c.snapshot();
        assertEquals("wall-pushup", chosen.program().id());
        assertEquals("Safety check first, then Wall push-up", chosen.panelTitle(), "what Start will do");
        assertEquals("Pain assessment (head rotation)", chosen.preview().title());
    }

    @Test
    void thePainAssessmentComesFirstWhenAFileIsCoachedTooAndItsEndAsksTheQuestions() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "my-pushups.mp4", MoveNetModel.LIGHTNING, true, true));
        ScriptedEngine.Feed check = engine.nextStart();
        assertEquals(SessionController.FIRST_RUN_CHECK, check.program.exercise().id(), "the programme's order");
        await(s -> s.phase() == Phase.RUNNING);
        assertEquals("wall-pushup", c.snapshot().program().id());
        check.finish();
        await(s -> s.phase() == Phase.SCREENING);
        allNo();
        assertEquals("wall-pushup", engine.nextStart().program.exercise().id());
    }

    /** A second controller on the same folders, at {@code at}. */
    private void reopenAt(Clock at) throws Exception {
        ui(c::close);
        store.close();
        store = SessionStore.open(dir.resolve("data"), at);
        c = onUi(() -> new SessionController(new SessionController.Setup(CATALOG, Path.of("routines"), engine,
                SettingsStore.inFolder(dir), background, ui, sounds::add, Duration.ofMinutes(90), System::nanoTime,
                store, at)));
    }

    @Test
    void thePainAssessmentComesBeforeTheFirstSessionOfEachDayAndTheOtherQuestionsWeekly() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        engine.nextStart().frame(id -> checkDone(id, 31));
        await(s -> s.phase() == Phase.SCREENING);
        allNo();
        engine.nextStart();
        store.flush();

        reopenAt(Clock.offset(clock, Duration.ofHours(3)));  // later the same day: straight to coaching
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        assertEquals("wall-pushup", engine.nextStart().program.exercise().id());

        reopenAt(Clock.offset(clock, Duration.ofDays(2)));  // another day: the assessment and its questions
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        ScriptedEngine.Feed check = engine.nextStart();
        assertEquals(SessionController.FIRST_RUN_CHECK, check.program.exercise().id());
        check.frame(id -> checkDone(id, 31));
        await(s -> s.phase() == Phase.SCREENING);
        assertEquals(List.of("numbness-during", "radiating-during"), asked(), "the other answers are recent");
        allNo();
        engine.nextStart();
        store.flush();

        reopenAt(Clock.offset(clock, Duration.ofDays(8)));  // over a week since the red flags were answered
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        engine.nextStart().frame(id -> checkDone(id, 31));
        await(s -> s.phase() == Phase.SCREENING);
        assertEquals(7, asked().size(), "all of them again");
    }

    @Test
    void aYesStopsCoachingAndStartDoesTheSafetyStepsAgain() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, true, true));
        ScriptedEngine.Feed check = engine.nextStart();
        check.frame(id -> checkDone(id, 31));
        await(s -> s.phase() == Phase.SCREENING);
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
        assertFalse(engine.startedAny(), "nothing else was started");
        ui(c::start);
        assertEquals(SessionController.FIRST_RUN_CHECK, engine.nextStart().program.exercise().id(),
                "the pain assessment again, then its questions");
    }

    @Test
    void aSymptomDuringASessionPausesItAndAsksTheQuestions() throws Exception {
        controller();
        ui(() -> c.open("office-reset", "0", MoveNetModel.LIGHTNING, false, true));
        ScriptedEngine.Feed feed = engine.nextStart();
        Snapshot running = await(s -> s.phase() == Phase.RUNNING);
        assertTrue(running.symptomEnabled());
        feed.frame(id -> reps(id, 1, 0));
        ui(c::reportSymptom);
        Snapshot asking = c.snapshot();
        assertEquals(Phase.SCREENING, asking.phase());
        assertTrue(feed.paused, "coaching stops while the questions are asked");
        assertFalse(feed.stopped);
        assertEquals(RedFlagScreening.Reason.SYMPTOM, asking.screening().reason());
        assertEquals(List.of("arm-numbness", "night-pain", "bladder-bowel", "fever", "cancer-history"), asked());
        assertFalse(asking.symptomEnabled());
        allNo();
        Snapshot paused = c.snapshot();
        assertEquals(Phase.PAUSED, paused.phase(), "every answer no: the session waits where it was");
        assertNotNull(paused.journal(), "the journal opens to note the symptom");
        ui(c::startOrPause);
        assertFalse(feed.paused);

        ui(c::reportSymptom);
        ui(() -> {
            RedFlagScreening q = c.snapshot().screening();
            q.questions().forEach(f -> q.answer(f.id(), f.id().equals("fever")));
            c.safetyAnswered(q);
        });
        assertEquals(Phase.BLOCKED, c.snapshot().phase());
        await(s -> feed.stopped);
    }

    @Test
    void pausedAndEndedSayTheSameInTheBannerTheStatusLineAndTheButton() throws Exception {
        controller();
        ui(() -> {
            c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true);
            c.startOrPause();  // Space while the model loads
        });
        ScriptedEngine.Feed feed = engine.nextStart();
        Snapshot waiting = await(s -> s.phase() == Phase.RUNNING);
        assertEquals(new SessionController.Banner("Waiting for the picture from Camera 0…", Tone.INFO, false),
                waiting.banner(), "running, and the banner says what it waits for");
        feed.frame(id -> reps(id, 1, 1, FormEvent.Type.REP_COUNTED));
        assertEquals(List.of(Sound.REP_COUNTED), sounds);
        await(s -> s.banner() == null);

        ui(c::startOrPause);
        Snapshot paused = c.snapshot();
        assertEquals(1, engine.feeds.size(), "Space while loading restarted nothing");
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
        assertEquals(5, chosen.preview().steps().size(), "the warm-up's 2 steps and the reset's 3");
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
    void settingsThatCannotBeSavedAreSaidUntilDismissed() throws Exception {
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
        assertEquals("Settings could not be saved in /full: No space left on device", s.warning());
        ui(c::start);
        engine.nextStart();
        Snapshot running = await(x -> x.phase() == Phase.RUNNING);
        assertEquals("Coaching from 0", running.status());
        assertEquals("Settings could not be saved in /full: No space left on device", running.warning(),
                "a session starting does not take the warning away");
        ui(c::dismissWarning);
        assertEquals("", c.snapshot().warning());
    }

    @Test
    void anUnknownProgramFallsBackToTheDefaultWithAWarningThatStays() throws Exception {
        controller();
        ui(() -> c.open("ofice-reset", "0", MoveNetModel.LIGHTNING, false, true));
        Snapshot s = c.snapshot();
        assertEquals("wall-pushup", s.program().id(), "the default, not the first routine in the list");
        assertEquals("There is no routine or exercise 'ofice-reset' in routines: Wall push-up is chosen instead"
                + " (the picker lists them all)", s.warning());
        assertEquals("wall-pushup", engine.nextStart().program.exercise().id());
        Snapshot running = await(x -> x.phase() == Phase.RUNNING);
        assertTrue(running.warning().contains("'ofice-reset'"), "still there while coaching: " + running.warning());
        ui(c::dismissWarning);
        assertEquals("", c.snapshot().warning());
    }

    @Test
    void filesPlayUnmirroredAndTheCameraKeepsItsOwnMirrorChoice() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "recording.mp4", MoveNetModel.LIGHTNING, false, false));
        assertFalse(c.snapshot().mirrored(), "a recording plays as it was recorded");
        ui(() -> c.selectSource("0"));
        assertTrue(c.snapshot().mirrored(), "a camera is shown like a mirror");
        ui(() -> c.setMirrored(false));
        assertFalse(AppSettings.load(dir).mirrored(), "the camera's choice is remembered");
        ui(() -> c.selectSource("recording.mp4"));
        ui(() -> c.setMirrored(true));
        assertTrue(c.snapshot().mirrored(), "a file can be mirrored for this run");
        assertFalse(AppSettings.load(dir).mirrored(), "without changing the camera's choice");
        ui(() -> c.selectSource("0"));
        assertFalse(c.snapshot().mirrored());
    }

    @Test
    void aVideoCutShortSaysSoInTheBannerAndTheStatusLine() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "cut.mp4", MoveNetModel.LIGHTNING, false, true));
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        feed.frame(id -> reps(id, 1, 1));
        String why = "reading stopped at frame 42 (1.40 s): the file is cut short";
        feed.finish(new org.formcoach.pipeline.PipelineResult(new org.formcoach.capture.CaptureOutcome(
                org.formcoach.capture.CaptureOutcome.Reason.DAMAGED, 42, java.util.Optional.empty(), why), 42, 0,
                java.util.Optional.empty()));
        Snapshot ended = await(s -> s.phase() == Phase.ENDED);
        assertEquals("The video could not be read to its end", ended.banner().text());
        assertEquals(Tone.WARNING, ended.banner().tone());
        assertTrue(ended.status().startsWith("Reading stopped at frame 42"), ended.status());
    }

    @Test
    void theDemoPlaysWithoutTheQuestionsAndKeepsNothing() throws Exception {
        controller();
        Demo demo = new Demo("samples/pushup-side-02.mp4", "floor-pushup");
        ui(() -> c.openDemo(demo, MoveNetModel.LIGHTNING));
        ScriptedEngine.Feed feed = engine.nextStart();
        assertEquals("floor-pushup", feed.program.exercise().id());
        assertEquals("samples/pushup-side-02.mp4", feed.request.source());
        Snapshot playing = await(s -> s.phase() == Phase.RUNNING);
        assertEquals("floor-pushup", playing.program().id());
        assertFalse(playing.mirrored(), "a recording plays as recorded");
        assertTrue(playing.status().startsWith("Demo: Floor push-up on a sample clip"), playing.status());
        feed.frame(id -> reps(id, 1, 8, FormEvent.Type.SET_DONE));
        feed.frame(id -> reps(id, 70, 0));
        feed.frame(id -> reps(id, 90, 8, FormEvent.Type.SET_DONE));
        feed.finish();
        await(s -> s.phase() == Phase.ENDED);
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        store.flush();
        assertEquals(List.of(), store.sessions(null), "nothing of the demo is kept");
        assertNull(c.snapshot().journal(), "no journal entry is asked for");

        ui(() -> c.selectSource("0"));
        ui(c::start);
        assertEquals(SessionController.FIRST_RUN_CHECK, engine.nextStart().program.exercise().id(),
                "a session of one's own does the safety steps first");
        assertEquals("Safety check first, then Floor push-up", c.snapshot().panelTitle());
    }

    @Test
    void deskModeWithoutACameraSaysSoAndTryAgainWatchesOnceThereIsOne() throws Exception {
        engine.cameras = List.of();
        controller();
        ui(() -> c.open("wall-pushup", null, MoveNetModel.LIGHTNING, false, false));
        ui(c::enterDeskMode);
        Snapshot starting = c.snapshot();
        assertNotNull(starting.desk());
        assertEquals(DeskWatchModel.WAITING, starting.desk().status().headline(), "not \"Calibrating\" without a picture");
        Snapshot none = await(s -> s.problem() != null);
        assertNotNull(none.desk(), "desk mode stays, and says why it cannot watch");
        assertEquals("No camera found", none.problem().heading());
        assertTrue(none.problem().sourceProblem(), "with Open a video… and Try again");

        engine.cameras = List.of(new org.formcoach.capture.CameraDevice(0, "/dev/video0", "plugged in"));
        ui(c::start);
        ScriptedEngine.Feed desk = engine.nextStart();
        assertEquals(SessionController.DESK_EXERCISE, desk.program.exercise().id());
        Snapshot watching = await(s -> s.phase() == Phase.RUNNING);
        assertNull(watching.problem());
        desk.frame(id -> Frames.frame(id, pose(), Frames.form(1, new TrackerState.Watch(false, 1, List.of()),
                List.of(), List.of(), List.of())));
        assertEquals(DeskWatchModel.CALIBRATING, watching.desk().status().headline(), "the watch sees the new session");
    }


    @Test
    void eachSetIsRecordedWhenItEndsAndTheSessionSaysHowItEnded() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true));
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        feed.frame(id -> reps(id, 1, 3));
        feed.frame(id -> reps(id, 20, 8, FormEvent.Type.SET_DONE));
        store.flush();
        List<SetRecord> sets = store.sets(null, false);
        assertEquals(1, sets.size(), "the set is kept the moment it ends");
        assertEquals(SetOutcome.DONE, sets.get(0).outcome());
        assertEquals(8, sets.get(0).reps());
        assertEquals(8, sets.get(0).targetReps());
        feed.frame(id -> reps(id, 90, 0));   // the rest is over: set 2
        feed.frame(id -> reps(id, 91, 5));
        ui(() -> c.selectProgram("office-reset"));  // stopped during set 2
        engine.nextStart();
        store.flush();
        sets = store.sets(null, false);
        assertEquals(List.of(SetOutcome.DONE, SetOutcome.STOPPED), sets.stream().map(SetRecord::outcome).toList());
        assertEquals(5, sets.get(1).reps());
        SessionRecord first = store.sessions(null).stream().filter(x -> x.programId().equals("wall-pushup"))
                .findFirst().orElseThrow();
        assertEquals(EndReason.STOPPED, first.endReason());
    }

    @Test
    void aCompletedSessionAsksHowTheBackFeelsAndARedFlagInTheJournalStopsCoaching() throws Exception {
        controller();
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true));
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        feed.frame(id -> reps(id, 1, 8, FormEvent.Type.SET_DONE));
        feed.frame(id -> reps(id, 70, 0));
        feed.frame(id -> reps(id, 90, 8, FormEvent.Type.SET_DONE));
        Snapshot asked = await(s -> s.journal() != null);
        assertEquals("2 sets · 16 reps, 0 clean", asked.journal().summary(), "no rep events: no rep is known clean");
        assertEquals(Ladder.Kind.KEEP, asked.journal().advice().kind());
        assertEquals("Next: 2 × 10 after a session of 2 × 8 with every rep clean.", asked.journal().advice().needed());
        assertEquals(EndReason.COMPLETED, store.sessions(null).get(0).endReason());

        ui(() -> c.saveJournal(6, "neck", "constant", "tingling in the fingers", Map.of("arm-numbness", true)));
        Snapshot stopped = c.snapshot();
        assertEquals(Phase.BLOCKED, stopped.phase(), "the same stop as the safety questions");
        assertEquals("Coaching is off: please contact a healthcare provider first", stopped.banner().text());
        assertEquals(SessionController.Problem.Action.SAFETY, stopped.problem().action());
        assertTrue(stopped.problem().detail().contains("numbness or tingling"), stopped.problem().detail());
        assertNull(stopped.journal());
        await(s -> feed.stopped);
        assertFalse(new StoredSettings(store, dir).load().screeningPassed(), "asked again before the next session");
        store.flush();
        JournalEntry entry = store.journal(null).get(0);
        assertEquals(6, entry.pain());
        assertTrue(entry.anyRedFlag());
        assertEquals(store.sessions(null).get(0).id(), entry.sessionId());
        ui(c::start);
        assertEquals(SessionController.FIRST_RUN_CHECK, engine.nextStart().program.exercise().id(),
                "the safety steps again");
        assertEquals("wall-pushup", c.snapshot().program().id(), "the picker keeps the choice");
    }

    @Test
    void aFortnightOfSessionsMovesUpTheLadderExactlyWhenTheRulesSay() throws Exception {
        List<Fortnight.Outcome> days = Fortnight.seed(dir.resolve("fortnight"));
        List<String> said = days.stream().map(o -> o.day() + " " + o.exercise() + " " + o.dose() + " " + o.kind()).toList();
        assertEquals(List.of(
                "0 wall-pushup 2 × 8 KEEP",        // grown to 2 × 10 at once; KEEP is what follows
                "1 wall-pushup 2 × 10 KEEP",
                "2 wall-pushup 2 × 12 KEEP",
                "3 wall-pushup 3 × 10 KEEP",
                "4 wall-pushup 3 × 12 KEEP",       // one rep sagged: not perfect
                "5 wall-pushup 3 × 12 KEEP",       // 1 of 2
                "6 wall-pushup 3 × 12 OFFER_NEXT", // 2 days with every rep clean: counter, taken
                "7 counter-pushup 2 × 8 KEEP",
                "8 counter-pushup 2 × 10 KEEP",
                "9 counter-pushup 2 × 12 KEEP",
                "10 counter-pushup 3 × 10 KEEP",
                "11 counter-pushup 3 × 12 KEEP",
                "12 counter-pushup 3 × 12 WAIT",   // earned, but not before 2 weeks of work
                "13 counter-pushup 3 × 12 WAIT",
                "14 counter-pushup 3 × 12 OFFER_NEXT"), said);
        assertEquals("Chair push-up opens on Mon 16 Nov (2 weeks into the programme): keep going at 3 × 12.",
                days.get(12).needed());
        try (SessionStore kept = SessionStore.open(dir.resolve("fortnight"), clock)) {
            assertEquals("chair-pushup", kept.rung("wall-pushup").orElseThrow().exerciseId());
            assertEquals(15, kept.journal(null).size());
            assertEquals(1, kept.sets(null, false).stream().filter(s -> s.cleanReps() < s.reps()).count(),
                    "the one sagging rep is the only fault");
            assertTrue(kept.deskAlertHours(null).size() >= 9);
        }
    }

    @Test
    void aStoreThatCannotSaveIsSaidInOneLineAndCoachingGoesOn() throws Exception {
        store = SessionStore.unavailable("the data folder /media/ro/formcoach is read-only", clock);
        c = onUi(() -> new SessionController(new SessionController.Setup(CATALOG, Path.of("routines"), engine,
                new StoredSettings(store, dir), background, ui, sounds::add, Duration.ofMinutes(90), System::nanoTime,
                store, clock)));
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true));
        assertEquals("Not saving: the data folder /media/ro/formcoach is read-only — coaching goes on",
                c.snapshot().saving());
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == Phase.RUNNING);
        feed.frame(id -> reps(id, 1, 8, FormEvent.Type.SET_DONE));
        feed.frame(id -> reps(id, 70, 0));
        feed.frame(id -> reps(id, 90, 8, FormEvent.Type.SET_DONE));
        Snapshot after = await(s -> s.journal() != null);
        assertEquals("2 sets · 16 reps, 0 clean", after.journal().summary(), "coaching went on to the end");
        ui(() -> c.setMirrored(false));
        assertFalse(AppSettings.load(dir).mirrored(), "settings fall back to the settings file");
    }
}
