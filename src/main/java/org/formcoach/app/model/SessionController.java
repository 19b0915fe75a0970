package org.formcoach.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CaptureException;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.io.OutputException;
import org.formcoach.patient.PatientProfile;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.PipelineStatus;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.Skeleton;
import org.formcoach.recording.Manifest;
import org.formcoach.recording.RecordingWriter;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.session.EndReason;
import org.formcoach.session.JournalEntry;
import org.formcoach.session.Ladder;
import org.formcoach.session.Progress;
import org.formcoach.session.RepSource;
import org.formcoach.session.SessionRecorder;
import org.formcoach.session.SessionStore;
import org.formcoach.session.SetRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the coaching session is doing now, and every command that changes it: choosing a program and
 * a source, start, pause, resume, skip, restart, the safety questions, the first-run check, desk
 * mode, the remembered settings. Plain Java: the window only binds its controls to the
 * {@link Snapshot}s this publishes and calls the commands; a test drives it without a screen.
 *
 * <p><b>Threads.</b> Every command and every listener call runs on the {@code ui} executor (the
 * JavaFX thread in the app). Loading the model, opening the source and stopping a session (which
 * joins the pipeline's threads) run on the {@code background} executor. The pipeline's frames arrive
 * on its inference thread in a {@link SessionSink}, which hands pictures to the {@link FrameDisplay}
 * and posts what the controller must react to back to the {@code ui} executor.
 *
 * <p><b>Recording.</b> The running session can be recorded into a new folder: the sink hands its
 * frames to a {@link RecordingWriter}, which writes on its own thread. The recording ends when asked,
 * when the session stops, restarts or ends, or when the writer stops by itself (a full disk); the
 * writer is finished (which joins its thread) on the {@code background} executor.
 */
public final class SessionController {

    private static final Logger LOG = LoggerFactory.getLogger(SessionController.class);
    public static final String DESK_EXERCISE = "desk-posture";
    public static final String RESET_ROUTINE = "office-reset";
    public static final String FIRST_RUN_CHECK = "head-rotation-check";
    static final String DEFAULT_PROGRAM = "wall-pushup";
    static final CaptureRequest DEFAULT_CAPTURE = new CaptureRequest(640, 480, 30);
    /** What a recording made in the window can be. */
    public static final List<String> RECORDING_ROLES = List.of("demonstration", "attempt");

    public enum Phase {
        /** Nothing runs; a program can be started. */
        IDLE,
        /** The red-flag questions are being asked. */
        SCREENING,
        /** The model loads and the source opens. */
        LOADING,
        RUNNING,
        PAUSED,
        /** The video was read to its end (or the analysis stopped); the last picture stays. */
        ENDED,
        /** No coaching: a red flag was answered "yes", or there is nothing to coach. */
        BLOCKED
    }

    /** A routine or single exercise that can be chosen. */
    public record Program(String id, String label, boolean routine) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What the banner over the picture says when it is not the frames' own words.
     *
     * @param overPicture keep the last picture under it (paused, ended) instead of clearing it
     */
    public record Banner(String text, Tone tone, boolean overPicture) {
    }

    /**
     * Why nothing can be coached now, with the words for the panel and what it offers to do.
     *
     * @param action what the panel's buttons do
     */
    public record Problem(String heading, String detail, Action action) {

        public enum Action {
            /** The source is the problem: open a video, or try again. */
            OPEN_OR_RETRY,
            /** Try again. */
            RETRY,
            /** A red flag stopped coaching: the safety questions can be answered again. */
            SAFETY
        }

        public boolean sourceProblem() {
            return action == Action.OPEN_OR_RETRY;
        }
    }

    /**
     * The quick journal entry after a session (or from the menu), with what the session did and
     * what the ladder says.
     *
     * @param sessionId the session it follows, or null from the menu
     * @param summary   what the session did, e.g. "2 sets · 16 reps, 15 clean", or empty
     * @param advice    the ladder's word after the session (an offer to answer, or what is needed next), or null
     */
    public record JournalPrompt(String sessionId, String summary, Ladder.Advice advice) {
    }

    /**
     * Everything the window shows about the session, at one moment. One source of truth: the picker,
     * the side panel's heading, the banner, the status line and the buttons all come from here.
     *
     * @param program     the chosen program (what the picker shows)
     * @param panelTitle  the side panel's heading for it
     * @param sources     camera and file specs that can be chosen
     * @param source      the chosen source spec, or null for "the first camera"
     * @param banner      the banner's words when they are not the frames', or null while frames speak
     * @param status      the status line
     * @param problem     the no-source or failure panel, or null
     * @param screening   the red-flag questions being asked, or null
     * @param desk        desk mode's posture watch, or null outside desk mode
     * @param preview     the side panel before the first frame of the chosen program
     * @param journal     the journal entry being asked for, or null
     * @param saving      why nothing (or not everything) is being saved, or empty when all is kept
     * @param warning     what the user must know until they dismiss it (an unknown program, settings
     *                    not saved), or empty
     * @param recording   the folder the session is being recorded into, or null
     * @param recorded    what became of the last recording ("Recorded 123 frames (4.1 s) in …" or why it
     *                    stopped), or empty
     * @param patient     the patient whose thresholds the next start coaches with, or null
     */
    public record Snapshot(Phase phase, Program program, String panelTitle, List<String> sources, String source,
            CaptureRequest capture, MoveNetModel model, Banner banner, String status, Problem problem,
            RedFlagScreening screening, DeskWatchModel desk, boolean mirrored, boolean muted, CoachView preview,
            JournalPrompt journal, String saving, String warning, Path recording, String recorded,
            PatientProfile patient,
            String startLabel, boolean startEnabled, boolean skipEnabled, boolean restartEnabled) {

        public Snapshot {
            sources = List.copyOf(sources);
        }
    }

    /**
     * What the controller works with.
     *
     * @param routinesDir    where the catalog was read from (named in messages)
     * @param background     runs the slow work: loading, opening, stopping
     * @param ui             runs commands' follow-ups and listener calls, one at a time
     * @param player         plays a sound
     * @param deskResetEvery how often desk mode reminds the office reset
     * @param clock          monotonic nanoseconds (desk mode's timing)
     * @param store          where sessions, sets, the journal and the ladder are kept
     * @param wallClock      the date and time of day (sessions, journal, the ladder's pace)
     */
    public record Setup(Catalog catalog, Path routinesDir, CoachEngine engine, SettingsStore settings,
            Executor background, Executor ui, Consumer<Sound> player, Duration deskResetEvery, LongSupplier clock,
            SessionStore store, Clock wallClock) {

        public Setup {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(background, "background");
            Objects.requireNonNull(ui, "ui");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(wallClock, "wallClock");
        }
    }

    private final Setup setup;
    private final Catalog catalog;
    private final Optional<Progress> progress;
    private final Supplier<RepSource> repSources;
    private final List<Program> programs;
    private final SoundCues soundCues = new SoundCues();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile FrameDisplay display = FrameDisplay.NONE;
    private volatile Snapshot snapshot;
    private AppSettings settings;

    private Phase phase = Phase.IDLE;
    private Program program;
    private final List<String> sources = new ArrayList<>();
    private String source;
    private CaptureRequest capture = DEFAULT_CAPTURE;
    private MoveNetModel model = MoveNetModel.LIGHTNING;
    private Banner banner = new Banner("Choose a program and press Start", Tone.INFO, false);
    private String status = "";
    private Problem problem;
    private RedFlagScreening screening;
    private boolean firstRunScreening;
    private DeskWatchModel desk;
    private CoachView preview;
    private String panelTitle = "";
    private JournalPrompt journal;
    private String saving = "";
    /** Said until dismissed: the status line changes with every session, these must not go with it. */
    private final List<String> warnings = new ArrayList<>();
    /** Whether files are shown mirrored in this run: they play as recorded unless mirrored here. */
    private boolean filesMirrored;

    private volatile PatientProfile patient;
    /** The patient whose thresholds the running session was started with. */
    private PatientProfile sessionPatient;
    private ActiveRecording recording;
    private boolean recordingStarts;
    private String recorded = "";
    private CoachEngine.Running running;
    private volatile SessionSink sink;
    private long generation;
    /** The questions must be answered all "no" before a session of the user's own (the app; not screenshots). */
    private boolean safetyRequired;
    /** The first run's questions were answered all "no" and the head-rotation check is still to be done. */
    private boolean firstCheckDue;
    /** The session that runs (or loads) is the first-run check; the chosen {@link #program} follows it. */
    private boolean checking;
    /** What the session that runs (or loads) coaches: {@link #program}, or the first-run check before it. */
    private Program sessionProgram;
    /** The sample clip played by {@link #playDemo}, or null. */
    private Demo demo;

    public SessionController(Setup setup) {
        this.setup = setup;
        this.catalog = setup.catalog();
        this.progress = Ladder.of(catalog).map(l -> new Progress(setup.store(), l, setup.wallClock()));
        this.repSources = RepSource.forCatalog(catalog);
        this.settings = setup.settings().load();
        String storeProblem = setup.store().problem();
        this.saving = storeProblem == null ? "" : setup.store().saving() ? storeProblem
                : "Not saving: " + storeProblem + " — coaching goes on";
        String settingsNotice = setup.settings().notice();
        if (settingsNotice != null) {
            // stays in view with what is (not) being kept
            saving = saving.isEmpty() ? settingsNotice : saving + " · " + settingsNotice;
            System.err.println("formcoach: " + settingsNotice);
        }
        setup.store().onProblem(p -> setup.ui().execute(() -> {
            saving = p;
            publish();
        }));
        this.soundCues.setMuted(settings.muted());
        List<Program> all = new ArrayList<>();
        for (Routine r : catalog.routines().values()) {
            all.add(new Program(r.id(), "Routine: " + r.name(), true));
        }
        for (Exercise e : catalog.exercises().values()) {
            all.add(new Program(e.id(), e.name(), false));
        }
        this.programs = List.copyOf(all);
        this.snapshot = build();
    }

    // ---- what is shown -----------------------------------------------------------------------

    /** The routines and exercises that can be chosen, routines first. */
    public List<Program> programs() {
        return programs;
    }

    /** The newest snapshot; safe from any thread. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** Calls {@code listener} on the ui executor with every new snapshot. */
    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Where analysed frames are shown from the next session on. */
    public void setDisplay(FrameDisplay display) {
        this.display = Objects.requireNonNull(display);
    }

    /** Frames analysed in the current session; safe from any thread. */
    public long framesAnalysed() {
        SessionSink s = sink;
        return s == null ? 0 : s.frames();
    }

    /** Whether the current session's source has been read to its end; safe from any thread. */
    public boolean sourceEnded() {
        SessionSink s = sink;
        return s != null && s.finished() != null;
    }

    /** The words for a source spec in the picker: "Camera 0" or the file's name. */
    public static String sourceLabel(String spec) {
        if (spec == null) {
            return "";
        }
        if (isCamera(spec)) {
            return "Camera " + spec;
        }
        Path name = Path.of(spec).getFileName();
        return name == null ? spec : name.toString();
    }

    // ---- life cycle --------------------------------------------------------------------------

    /**
     * The start: selects {@code programId} (or the app's choice) and {@code sourceSpec}, asks the
     * safety questions when they were never all answered "no" and {@code askSafety} is set, and
     * starts coaching when {@code autoStart} is set.
     */
    public void open(String programId, String sourceSpec, MoveNetModel startModel, boolean askSafety,
            boolean autoStart) {
        model = startModel;
        if (sourceSpec != null) {
            addSource(sourceSpec);
            source = sourceSpec;
        }
        program = Optional.ofNullable(programId).flatMap(this::find).or(() -> find(DEFAULT_PROGRAM))
                .orElse(programs.isEmpty() ? null : programs.get(0));
        if (programId != null && find(programId).isEmpty() && program != null) {
            String unknown = "There is no routine or exercise '" + programId + "' in " + setup.routinesDir()
                    + ": " + program.label() + " is chosen instead (the picker lists them all)";
            warnings.add(unknown);
            System.err.println("formcoach: " + unknown);
        }
        previewProgram();
        if (!catalog.errors().isEmpty()) {
            warnings.add(catalog.errors().size() + " routine file(s) could not be read: " + catalog.errors().get(0));
        }
        if (catalog.exercises().isEmpty()) {
            problem = new Problem("No exercises found", "FormCoach found no exercises in " + setup.routinesDir()
                    + ". Start it with ./formcoach, or give the folder with --routines DIR.", Problem.Action.RETRY);
            phase = Phase.BLOCKED;
            publish();
            return;
        }
        listCameras();
        safetyRequired = askSafety;
        if (askSafety && !settings.screeningPassed()) {
            askSafety(true);
        } else if (autoStart) {
            start();
        }
        publish();
    }

    /**
     * The start with {@code --demo}: the sample clip plays at once, without the safety questions
     * (nobody is coached); a session of the user's own asks them first as usual.
     */
    public void openDemo(Demo sample, MoveNetModel startModel) {
        open(sample.exerciseId(), sample.clip(), startModel, false, false);
        safetyRequired = true;
        playDemo(sample);
    }

    /**
     * Plays {@code sample} through the coach with its exercise. Nobody is coached, so no safety
     * questions come first and nothing is kept (no session, no journal, no step on the ladder).
     * Not while coaching is off after a "yes".
     */
    public void playDemo(Demo sample) {
        if (phase == Phase.BLOCKED) {
            return;
        }
        Optional<Program> shown = find(sample.exerciseId());
        if (shown.isEmpty()) {
            warnings.add("The demo needs the exercise '" + sample.exerciseId() + "' in " + setup.routinesDir());
            publish();
            return;
        }
        if (phase == Phase.SCREENING) {
            screening = null;  // asked again before a session of the user's own
            phase = Phase.IDLE;
        }
        demo = sample;
        addSource(sample.clip());
        source = sample.clip();
        program = shown.get();
        start();
        publish();
    }

    /**
     * Stops coaching and releases the engine. A recording is finished here, on the calling thread:
     * the process may end right after, and its last frames must be on disk by then.
     */
    public void close() {
        generation++;
        SessionSink s = sink;
        if (s != null) {
            s.close();
            s.recorder().end(EndReason.STOPPED);
        }
        CoachEngine.Running r = running;
        running = null;
        if (r != null) {
            r.close();
        }
        ActiveRecording a = recording;
        recording = null;
        if (a != null) {
            a.sink().recordInto(null);
            try {
                a.writer().finish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        desk = null;
        setup.engine().close();
    }

    // ---- choices -----------------------------------------------------------------------------

    /** Chooses the program {@code id}; a session that runs (or loads) starts again with it. */
    public void selectProgram(String id) {
        Optional<Program> p = find(id);
        if (p.isEmpty() || p.get().equals(program)) {
            return;
        }
        Program before = program;
        program = p.get();
        if (checking && (isActive() || phase == Phase.LOADING) && !DESK_EXERCISE.equals(program.id())) {
            if (FIRST_RUN_CHECK.equals(program.id())) {
                checking = false;  // the check that runs is now the program itself
                firstCheckDue = false;
                panelTitle = panelTitle(program, newSession(program));
            } else {
                panelTitle = checkFirstTitle();  // the check goes on; the new choice follows it
            }
        } else if (before != null && (isActive() || phase == Phase.LOADING)) {
            start();
        } else {
            previewProgram();
        }
        publish();
    }

    /** Chooses a camera or file; a session that runs (or loads) starts again with it. */
    public void selectSource(String spec) {
        addSource(spec);
        if (spec.equals(source)) {
            publish();
            return;
        }
        String before = source;
        source = spec;
        if (before != null) {
            restartIfActive();
        }
        publish();
    }

    /** Chooses a camera resolution; a session that runs (or loads) starts again with it. */
    public void selectCapture(CaptureRequest request) {
        if (!request.equals(capture)) {
            capture = request;
            restartIfActive();
            publish();
        }
    }

    /** Chooses the pose model; a session that runs (or loads) starts again with it. */
    public void selectModel(MoveNetModel m) {
        if (m != model) {
            model = m;
            restartIfActive();
            publish();
        }
    }

    /** Coaches from {@code spec} (a file or camera) now. */
    public void openSource(String spec) {
        addSource(spec);
        source = spec;
        start();
        publish();
    }

    /**
     * Mirrors the picture or not: for a camera the choice is remembered; a file or recording plays
     * as it was recorded unless mirrored for this run.
     */
    public void setMirrored(boolean mirrored) {
        if (mirrored == mirrored()) {
            return;
        }
        if (cameraSource()) {
            settings = settings.withMirrored(mirrored);
            saveSettings();
        } else {
            filesMirrored = mirrored;
        }
        publish();
    }

    /** Drops the warnings shown until now. */
    public void dismissWarning() {
        if (!warnings.isEmpty()) {
            warnings.clear();
            publish();
        }
    }

    public void setMuted(boolean muted) {
        if (muted != settings.muted()) {
            soundCues.setMuted(muted);
            settings = settings.withMuted(muted);
            saveSettings();
            publish();
        }
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Start, pause or resume, as the one button says. */
    public void startOrPause() {
        switch (phase) {
            case RUNNING -> pause();
            case PAUSED -> resume();
            case LOADING, SCREENING -> {
                // the button is disabled: Space must not restart the loading either
            }
            default -> start();
        }
    }

    /** Starts (or starts again) the chosen program on the chosen source. */
    public void start() {
        if (phase == Phase.SCREENING) {
            return;  // the safety questions come first
        }
        if (phase == Phase.BLOCKED) {
            if (!catalog.exercises().isEmpty()) {
                askSafety(false);
            }
            return;
        }
        if (program == null) {
            return;
        }
        if (safetyRequired && !settings.screeningPassed() && !playingDemo()) {
            askSafety(true);
            return;
        }
        stopRunning();
        problem = null;
        sessionPatient = patient;
        checking = checkFirst();
        Program now = checking ? find(FIRST_RUN_CHECK).orElseThrow() : program;
        sessionProgram = now;
        RoutineSession session = newSession(now);
        CoachViewModel viewModel = new CoachViewModel(session.routine(), catalog, Skeleton.DEFAULT_MIN_SCORE);
        long gen = ++generation;
        ProgramSwitch switcher = new ProgramSwitch();
        SessionSink newSink = new SessionSink(session, viewModel, soundCues, this::play, switcher, display,
                signals(gen), recorder(now));
        if (desk != null && DESK_EXERCISE.equals(now.id())) {
            watchPosture(newSink, desk);
        }
        journal = null;
        sink = newSink;
        panelTitle = checking ? checkFirstTitle() : panelTitle(program, session);
        preview = viewModel.present(null, session.state(), 0);
        String spec = source;
        phase = Phase.LOADING;
        banner = new Banner(spec == null ? "Looking for a camera…"
                : "Loading the pose model and opening " + sourceLabel(spec) + "…", Tone.INFO, false);
        status = "";
        CaptureRequest request = capture;
        MoveNetModel chosenModel = model;
        publish();
        setup.background().execute(() -> launch(gen, spec, request, chosenModel, session, newSink, switcher));
    }

    /** On the background executor: opens the source and loads the model, then reports back. */
    private void launch(long gen, String spec, CaptureRequest request, MoveNetModel chosenModel,
            RoutineSession session, SessionSink newSink, ProgramSwitch switcher) {
        String s = spec != null ? spec : firstCamera();
        if (s == null) {
            onUi(gen, () -> noSource("No camera found", "FormCoach could not find a camera on this computer. Connect"
                    + " one and try again, or open a video of yourself exercising."));
            return;
        }
        try {
            CoachEngine.Running r = setup.engine().start(new CoachEngine.Request(s, request, chosenModel),
                    session.firstProgram(), newSink);
            switcher.attach(r);
            setup.ui().execute(() -> started(gen, s, r, newSink));
        } catch (CaptureException e) {
            onUi(gen, () -> noSource(isCamera(s) ? "The camera is not available" : "This file cannot be played",
                    e.getMessage()));
        } catch (ModelLoadException e) {
            onUi(gen, () -> failed("The pose model could not be loaded", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("starting the session failed", e);
            onUi(gen, () -> failed("Coaching could not start", String.valueOf(e.getMessage())));
        }
    }

    private void started(long gen, String spec, CoachEngine.Running r, SessionSink newSink) {
        if (gen != generation) {
            newSink.close();
            setup.background().execute(r::close);  // the user started something else meanwhile
            return;
        }
        running = r;
        addSource(spec);
        source = spec;
        phase = Phase.RUNNING;
        // until the first picture is analysed the banner says so, not the loading message
        banner = newSink.frames() > 0 ? null
                : new Banner("Waiting for the picture from " + sourceLabel(spec) + "…", Tone.INFO, false);
        status = coachingStatus();
        PipelineResult end = newSink.finished();
        if (end != null) {
            ended(end);  // a very short file ended before the session was handed back
        }
        publish();
    }

    public void pause() {
        if (running != null && phase == Phase.RUNNING) {
            running.pause();
            phase = Phase.PAUSED;
            banner = new Banner("Paused", Tone.INFO, true);
            status = "Paused — press Space to go on";
            publish();
        }
    }

    public void resume() {
        if (running != null && phase == Phase.PAUSED) {
            running.resume();
            phase = Phase.RUNNING;
            banner = null;
            status = coachingStatus();
            publish();
        }
    }

    /** Skips the current set, rest or step. */
    public void skip() {
        SessionSink s = sink;
        if (s != null && (phase == Phase.RUNNING || phase == Phase.PAUSED)) {
            s.apply(s.session().skip());
        }
    }

    /** Starts the routine again from its first step (a new session when nothing runs). */
    public void restart() {
        SessionSink s = sink;
        if (phase == Phase.ENDED || phase == Phase.IDLE) {
            start();
        } else if (s != null && isActive()) {
            if (s.recorder().ended()) {
                s.record(recorder(sessionProgram));  // the routine was complete: doing it again is a new session
            }
            s.apply(s.session().restart());
        }
    }

    // ---- safety ------------------------------------------------------------------------------

    /** Asks the red-flag questions (from the menu, or on first run); coaching stops meanwhile. */
    public void askSafety() {
        askSafety(false);
    }

    private void askSafety(boolean firstRun) {
        stopRunning();
        phase = Phase.SCREENING;
        problem = null;
        banner = new Banner("A few safety questions first", Tone.INFO, false);
        status = "";
        previewProgram();
        screening = new RedFlagScreening(catalog.redFlags());
        firstRunScreening = firstRun;
        publish();
    }

    /**
     * The questions were answered (and, after a "yes", the advice was read): remembers whether all
     * were "no"; coaching goes on (first the head-rotation check on first run) or stays off.
     */
    public void safetyAnswered(RedFlagScreening answered) {
        if (phase != Phase.SCREENING) {
            return;
        }
        screening = null;
        if (!answered.mayCoach()) {
            block(answered, false);
            return;
        }
        settings = settings.withScreeningPassed(true);
        saveSettings();
        phase = Phase.IDLE;
        if (firstRunScreening && find(FIRST_RUN_CHECK).isPresent()) {
            firstCheckDue = true;  // before the chosen program, with a camera: see checkFirst()
        }
        start();
        publish();
    }

    /**
     * A red flag was answered "yes" (in the safety questions or the journal): coaching stops, the
     * answer is remembered, and only the safety questions answered all "no" open it again.
     *
     * @param explain show the advice in a panel (the safety questions show it themselves)
     */
    private void block(RedFlagScreening answered, boolean explain) {
        stopRunning();
        settings = settings.withScreeningPassed(false);
        saveSettings();
        boolean urgent = answered.outcome() == RedFlagScreening.Outcome.URGENT_STOP;
        phase = Phase.BLOCKED;
        banner = new Banner("Coaching is off: " + (urgent ? "get emergency care now"
                : "please contact a healthcare provider first"), Tone.ERROR, false);
        status = "Coaching is off until the safety questions are answered all \"no\"";
        previewProgram();
        problem = explain ? new Problem(urgent ? "Get emergency care now"
                : "Please stop here and contact a healthcare provider", answered.message(), Problem.Action.SAFETY) : null;
        publish();
    }

    // ---- the journal and the ladder ----------------------------------------------------------

    /** Asks for a journal entry now (from the menu). */
    public void openJournal() {
        journal = new JournalPrompt(null, "", progress.map(Progress::advice).orElse(null));
        publish();
    }

    /** The journal entry is not wanted now. */
    public void dismissJournal() {
        journal = null;
        publish();
    }

    /**
     * Keeps a journal entry. A "yes" to a red-flag question in it stops coaching exactly as in the
     * safety questions.
     *
     * @param redFlags answers by question id; a question left out counts as "no"
     */
    public void saveJournal(int pain, String location, String pattern, String notes, Map<String, Boolean> redFlags) {
        JournalPrompt prompt = journal;
        journal = null;
        Clock clock = setup.wallClock();
        JournalEntry entry = new JournalEntry(java.util.UUID.randomUUID().toString(), clock.instant(),
                LocalDate.now(clock), pain, location, pattern, notes, redFlags, prompt == null ? null : prompt.sessionId());
        CompletableFuture<Boolean> saved = setup.store().addJournal(entry);
        if (entry.anyRedFlag()) {
            RedFlagScreening answered = new RedFlagScreening(catalog.redFlags());
            for (var flag : catalog.redFlags()) {
                answered.answer(flag.id(), redFlags.getOrDefault(flag.id(), false));
            }
            block(answered, true);
            return;
        }
        // said once it is written, not when it is handed to the writer
        saved.thenAccept(ok -> setup.ui().execute(() -> {
            status = ok ? "Saved in your journal: pain " + pain + " of 10"
                    : "Not saved in your journal: FormCoach cannot write to its data folder";
            publish();
        }));
    }

    /** Takes the ladder's offer (the next rung, or a step back). */
    public void acceptOffer() {
        answerOffer(true);
    }

    /** Stays on the current rung; the offer comes again when new sessions earn it. */
    public void declineOffer() {
        answerOffer(false);
    }

    private void answerOffer(boolean take) {
        JournalPrompt prompt = journal;
        if (prompt != null && prompt.advice() != null) {
            answerOffer(prompt.advice(), take, null);
        }
    }

    /**
     * Takes or declines a ladder offer (from the journal panel or the history); {@code done} runs
     * on the ui executor afterwards.
     */
    public void answerOffer(Ladder.Advice offer, boolean take, Runnable done) {
        if (!offer.isOffer() || progress.isEmpty()) {
            return;
        }
        JournalPrompt prompt = journal;
        Progress p = progress.get();
        setup.background().execute(() -> {
            if (take) {
                p.accept(offer);
            } else {
                p.stay(offer);
            }
            Ladder.Advice now = p.advice();
            setup.ui().execute(() -> {
                if (prompt != null && journal == prompt) {
                    journal = new JournalPrompt(prompt.sessionId(), prompt.summary(), now);
                }
                if (done != null) {
                    done.run();
                }
                status = take ? "Your level is now " + p.ladder().describe(p.current()) : "You stay at "
                        + p.ladder().describe(p.current());
                previewProgram();
                publish();
            });
        });
    }

    /** The ladder's progress, if the catalog has a ladder. */
    public Optional<Progress> progress() {
        return progress;
    }

    public SessionStore store() {
        return setup.store();
    }

    private SessionRecorder recorder(Program p) {
        SessionStore keep = playingDemo() ? SessionStore.unavailable("the demo is not kept", setup.wallClock())
                : setup.store();
        return new SessionRecorder(keep, setup.wallClock(), repSources, p.id(), p.routine());
    }

    /**
     * The session ended: asks for the journal entry, with what the session did and the ladder's
     * word (the dose grows at once when earned; offers wait for the user's answer).
     */
    private void afterSession(SessionRecorder recorder) {
        List<SetRecord> sets = recorder.sets();
        if (sets.isEmpty() || program == null || DESK_EXERCISE.equals(program.id())
                || FIRST_RUN_CHECK.equals(program.id()) || playingDemo()) {
            return;
        }
        boolean ladderWork = progress.isPresent() && sets.stream()
                .anyMatch(s -> progress.get().ladder().contains(s.exerciseId()));
        String summary = summary(sets);
        setup.background().execute(() -> {
            setup.store().flush();
            Ladder.Advice advice = ladderWork ? progress.get().afterSession() : null;
            setup.ui().execute(() -> {
                journal = new JournalPrompt(recorder.sessionId(), summary, advice);
                if (advice != null && advice.kind() == Ladder.Kind.KEEP && !isActive()) {
                    previewProgram();  // the new dose; a session's last picture keeps its own counts
                }
                publish();
            });
        });
    }

    /** e.g. "3 sets · 34 reps, 32 clean · 40 s held". */
    static String summary(List<SetRecord> sets) {
        int reps = sets.stream().mapToInt(SetRecord::reps).sum();
        int clean = sets.stream().mapToInt(SetRecord::cleanReps).sum();
        double held = sets.stream().mapToDouble(SetRecord::holdSeconds).sum();
        StringBuilder b = new StringBuilder(sets.size() + (sets.size() == 1 ? " set" : " sets"));
        if (reps > 0) {
            b.append(" · ").append(reps).append(" reps, ").append(clean).append(" clean");
        }
        if (held > 0) {
            b.append(" · ").append(Math.round(held)).append(" s held");
        }
        return b.toString();
    }

    // ---- recording ---------------------------------------------------------------------------

    /** A recording being made: its writer, fed by the sink of the session it records. */
    private record ActiveRecording(RecordingWriter writer, SessionSink sink) {
    }

    /**
     * Records the running session into {@code folder} (new, or empty) from its next frame on, until
     * {@link #stopRecording()} or the session stops. The folder is checked and the files opened on the
     * background executor; a folder that cannot be used is told in the status line.
     *
     * @param role  "demonstration" or "attempt" (see {@link #RECORDING_ROLES})
     * @param notes the therapist's notes kept in the manifest, or null
     */
    public void startRecording(Path folder, String role, String notes) {
        if (!RECORDING_ROLES.contains(role)) {
            throw new IllegalArgumentException("a recording is a demonstration or an attempt, not " + role);
        }
        SessionSink s = sink;
        CoachEngine.Running r = running;
        if (recording != null || recordingStarts) {
            return;
        }
        if (s == null || r == null || !(phase == Phase.RUNNING || phase == Phase.PAUSED)) {
            status = "Nothing to record: start coaching first, then record the session";
            publish();
            return;
        }
        RoutineRunner.State state = s.session().state();
        Exercise e = state.exercise() != null ? state.exercise() : s.session().firstProgram().exercise();
        PatientProfile p = sessionPatient;
        RecordingWriter.Details details = new RecordingWriter.Details(role, e.id(), e.name(),
                isCamera(source) ? "camera " + source : source, model.id(),
                notes == null || notes.isBlank() ? null : notes.strip(), p == null ? null : p.code());
        double fps = r.sourceFps();
        long gen = generation;
        recordingStarts = true;
        status = "Starting the recording in " + folder + "…";
        publish();
        setup.background().execute(() -> {
            try {
                RecordingWriter w = RecordingWriter.start(folder, details, fps,
                        why -> setup.ui().execute(() -> writerStopped(folder)));
                setup.ui().execute(() -> recordingStarted(gen, s, w));
            } catch (OutputException ex) {
                setup.ui().execute(() -> {
                    recordingStarts = false;
                    status = "Cannot record: " + ex.getMessage();
                    publish();
                });
            }
        });
    }

    private void recordingStarted(long gen, SessionSink s, RecordingWriter w) {
        recordingStarts = false;
        if (gen != generation || sink != s || !isActive()) {
            setup.background().execute(() -> finishRecording(w));  // the session stopped meanwhile
            return;
        }
        recording = new ActiveRecording(w, s);
        s.recordInto(w);
        recorded = "";
        status = "Recording the session in " + w.folder();
        publish();
    }

    /** Ends the recording, if one is made: the files are closed on the background executor. */
    public void stopRecording() {
        ActiveRecording a = recording;
        if (a == null) {
            return;
        }
        recording = null;
        a.sink().recordInto(null);
        status = "Saving the recording in " + a.writer().folder() + "…";
        publish();
        setup.background().execute(() -> finishRecording(a.writer()));
    }

    /** The writer stopped by itself (a full disk, a failed write): the recording ends with its reason. */
    private void writerStopped(Path folder) {
        if (recording != null && recording.writer().folder().equals(folder)) {
            stopRecording();
        }
    }

    /** On the background executor: waits for the writer, then says what was recorded. */
    private void finishRecording(RecordingWriter w) {
        Manifest m;
        try {
            m = w.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String said = recordedLine(w.folder(), m, w.stopReason());
        setup.ui().execute(() -> {
            recorded = said;
            status = said;
            publish();
        });
    }

    /** e.g. "Recorded 123 frames (4.1 s) in /path", or why the recording stopped early. */
    static String recordedLine(Path folder, Manifest m, String stopReason) {
        if (stopReason != null) {
            return "Recording stopped: " + stopReason + " (in " + folder + ")";
        }
        if (m == null || m.frames() == 0) {
            return "Nothing was recorded in " + folder + ": no frame was analysed while recording";
        }
        return String.format(Locale.ROOT, "Recorded %d frames (%.1f s) in %s", m.frames(), m.durationSeconds(),
                folder);
    }

    // ---- desk mode ---------------------------------------------------------------------------

    /** Watches posture in the background with the compact desk window. */
    public void enterDeskMode() {
        if (catalog.exercise(DESK_EXERCISE).isEmpty()) {
            status = "Desk mode needs the exercise '" + DESK_EXERCISE + "' in " + setup.routinesDir();
            publish();
            return;
        }
        if (phase == Phase.BLOCKED || phase == Phase.SCREENING) {
            return;  // no coaching, desk mode included, until the safety questions are answered all "no"
        }
        desk = new DeskWatchModel(setup.clock(), setup.deskResetEvery(), DeskWatchModel.DEFAULT_NUDGE_GAP);
        startProgram(DESK_EXERCISE);
        if (phase != Phase.LOADING) {
            desk = null;  // the safety questions come first
        }
        publish();
    }

    /** Hands the session's frames to desk mode's posture watch (each session on the desk exercise). */
    private void watchPosture(SessionSink s, DeskWatchModel watch) {
        s.listen(frame -> watch.onFrame(frame.form()).ifPresent(nudge -> {
            play(Sound.CORRECTION);
            setup.ui().execute(this::publish);
        }));
    }

    /** About once a second in desk mode: sounds the reset reminder once when it falls due. */
    public void deskTick() {
        DeskWatchModel watch = desk;
        if (watch != null && watch.takeReminder()) {
            play(Sound.HOLD_DONE);
        }
    }

    /** Back to the main window; the posture watch stops being shown. */
    public void leaveDeskMode() {
        if (desk != null) {
            desk = null;
            publish();
        }
    }

    /** From desk mode's reminder: the office reset, in the main window. */
    public void startResetFromDesk() {
        leaveDeskMode();
        startProgram(RESET_ROUTINE);
    }

    // ---- inside ------------------------------------------------------------------------------

    private SessionSink.Signals signals(long gen) {
        return new SessionSink.Signals() {
            @Override
            public void firstFrame() {
                onUi(gen, () -> {
                    if (phase == Phase.RUNNING && banner != null && !banner.overPicture()) {
                        banner = null;
                        publish();
                    }
                });
            }

            @Override
            public void routineDone() {
                onUi(gen, SessionController.this::routineDone);
            }

            @Override
            public void statusChanged(PipelineStatus s) {
                onUi(gen, () -> {
                    if (phase == Phase.RUNNING && !s.message().isEmpty()) {
                        status = s.message();
                        publish();
                    }
                });
            }

            @Override
            public void finished(PipelineResult result) {
                onUi(gen, () -> {
                    if ((phase == Phase.RUNNING || phase == Phase.PAUSED) && running != null) {
                        ended(result);
                        publish();
                    }
                });
            }
        };
    }

    /** Runs {@code task} on the ui executor if the session {@code gen} is still the current one. */
    private void onUi(long gen, Runnable task) {
        setup.ui().execute(() -> {
            if (gen == generation) {
                task.run();
            }
        });
    }

    private void routineDone() {
        SessionSink s = sink;
        if (s != null) {
            s.recorder().end(EndReason.COMPLETED);
        }
        if (checking) {
            checking = false;
            firstCheckDue = false;
            start();  // now the program that was chosen
            status = "Safety check done — now " + chosenName();
            publish();
            return;
        }
        if (s != null) {
            afterSession(s.recorder());
        }
    }

    private void ended(PipelineResult result) {
        stopRecording();
        SessionSink s = sink;
        if (s != null && !s.recorder().ended()) {
            s.recorder().end(result.failure().isPresent() ? EndReason.FAILED : EndReason.SOURCE_ENDED);
            afterSession(s.recorder());
        }
        phase = Phase.ENDED;
        status = CoachViewModel.endOfSource(result);
        String headline = CoachViewModel.endHeadline(result);
        banner = new Banner(headline, result.failure().isPresent() ? Tone.ERROR
                : headline.equals(CoachViewModel.VIDEO_ENDED) ? Tone.INFO : Tone.WARNING, true);
    }

    private void noSource(String heading, String detail) {
        phase = Phase.IDLE;
        banner = new Banner(heading, Tone.WARNING, false);
        problem = new Problem(heading, detail, Problem.Action.OPEN_OR_RETRY);
        status = "";
        publish();
    }

    private void failed(String heading, String detail) {
        phase = Phase.IDLE;
        banner = new Banner(heading, Tone.ERROR, false);
        problem = new Problem(heading, detail, Problem.Action.RETRY);
        status = "";
        publish();
    }

    /** Selects the program {@code id} and starts it (once, whether or not the selection started it). */
    private void startProgram(String id) {
        long before = generation;
        selectProgram(id);
        if (generation == before) {
            start();
        }
    }

    /**
     * Whether the first-run head-rotation check runs now, before the chosen program: once, after the
     * first run's questions, with a camera (it is the user's own neck it checks, not a recording's),
     * and not before desk mode. A routine that starts with the check does it itself.
     */
    private boolean checkFirst() {
        if (firstCheckDue && cameraSource() && includesCheck(program)) {
            firstCheckDue = false;  // the chosen routine does it as its first step
        }
        return checkComesFirst();
    }

    /** Whether starting now would run the first-run check before the chosen program. */
    private boolean checkComesFirst() {
        return firstCheckDue && cameraSource() && !DESK_EXERCISE.equals(program.id()) && !includesCheck(program);
    }

    /** Whether {@code p} is the check, or a routine whose first exercise is the check. */
    private boolean includesCheck(Program p) {
        return FIRST_RUN_CHECK.equals(p.id()) || (p.routine() && catalog.routine(p.id())
                .map(r -> r.steps().stream().filter(st -> !st.isRest()).findFirst()
                        .map(st -> FIRST_RUN_CHECK.equals(st.exerciseId())).orElse(false))
                .orElse(false));
    }

    /** The side panel's heading while the first-run check runs before the chosen program. */
    private String checkFirstTitle() {
        return "Safety check first, then " + chosenName();
    }

    /** The chosen program's name: "90-second office reset", "Wall push-up". */
    private String chosenName() {
        return program.routine() ? catalog.routine(program.id()).map(Routine::name).orElse(program.label())
                : program.label();
    }

    /** The status line while a session runs. */
    private String coachingStatus() {
        return playingDemo() ? "Demo: " + program.label() + " on a sample clip, counted as you would be; nothing is kept"
                : "Coaching from " + source;
    }

    /** Whether the sample clip is being played (nobody is coached; nothing is kept). */
    private boolean playingDemo() {
        return demo != null && demo.clip().equals(source);
    }

    private void restartIfActive() {
        if (isActive() || phase == Phase.LOADING) {
            start();
        }
    }

    private boolean isActive() {
        return phase == Phase.RUNNING || phase == Phase.PAUSED || phase == Phase.ENDED;
    }

    /** Stops the running session on the background executor (stopping joins threads). */
    private void stopRunning() {
        generation++;
        SessionSink s = sink;
        if (s != null) {
            s.close();
            s.recorder().end(EndReason.STOPPED);
        }
        CoachEngine.Running r = running;
        running = null;
        if (r != null) {
            setup.background().execute(r::close);
        }
        stopRecording();  // after the pipeline's close on the background executor: its last frames are in
    }

    /** The program as this user does it now: ladder steps at the current rung and dose. */
    private RoutineSession newSession(Program p) {
        Catalog catalog = personalCatalog();
        if (p.routine()) {
            Routine routine = catalog.routine(p.id()).orElseThrow();
            return new RoutineSession(progress.map(g -> g.personalise(routine, catalog::exercise)).orElse(routine),
                    catalog);
        }
        Exercise e = catalog.exercise(p.id()).orElseThrow();
        if (progress.isPresent() && progress.get().ladder().contains(e.id())) {
            e = new Exercise(e.id(), e.name(), e.view(), e.instructions(), progress.get().doseFor(e), e.tracker(),
                    e.rules(), e.timedOnly(), e.redFlags(), e.progression(), e.smoothing(), e.position(), e.source());
        }
        return RoutineSession.single(e, catalog);
    }

    /** Coaches {@code profile}'s thresholds from the next start on (null: the exercise files' own). */
    public void setPatient(PatientProfile profile) {
        patient = profile;
        publish();
    }

    public PatientProfile patient() {
        return patient;
    }

    /** The catalog as the active patient does it: their threshold overrides applied. */
    private Catalog personalCatalog() {
        PatientProfile p = patient;
        if (p == null) {
            return catalog;
        }
        Map<String, Exercise> mine = new java.util.LinkedHashMap<>();
        catalog.exercises().forEach((id, e) -> mine.put(id, p.apply(e)));
        return new Catalog(mine, catalog.routines(), catalog.errors());
    }

    private void previewProgram() {
        if (program == null) {
            return;
        }
        boolean checkFirst = checkComesFirst();  // what Start will run first
        RoutineSession session = newSession(checkFirst ? find(FIRST_RUN_CHECK).orElseThrow() : program);
        panelTitle = checkFirst ? checkFirstTitle() : panelTitle(program, session);
        preview = new CoachViewModel(session.routine(), catalog, Skeleton.DEFAULT_MIN_SCORE)
                .present(null, session.state(), 0);
    }

    private static String panelTitle(Program p, RoutineSession session) {
        return p.routine() ? session.routine().name() : "Single exercise";
    }

    private Optional<Program> find(String id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private void addSource(String spec) {
        if (!sources.contains(spec)) {
            sources.add(spec);
        }
    }

    /** Adds the cameras that can be opened (probing them takes a moment: on the background executor). */
    private void listCameras() {
        setup.background().execute(() -> {
            List<CameraDevice> cameras = setup.engine().cameras();
            setup.ui().execute(() -> {
                cameras.forEach(c -> addSource(String.valueOf(c.index())));
                publish();
            });
        });
    }

    /** On the background executor: the first camera's spec, or null when there is none. */
    private String firstCamera() {
        List<CameraDevice> cameras = setup.engine().cameras();
        if (cameras.isEmpty()) {
            return null;
        }
        setup.ui().execute(() -> {
            cameras.forEach(c -> addSource(String.valueOf(c.index())));
            publish();
        });
        return String.valueOf(cameras.get(0).index());
    }

    private static boolean isCamera(String spec) {
        return spec.matches("\\d+|/dev/video\\d+");
    }

    /** Whether the chosen source is a camera (none chosen: the first camera). */
    private boolean cameraSource() {
        return source == null || isCamera(source);
    }

    /** Whether the picture is shown mirrored: a camera like a mirror (as chosen), a file as recorded. */
    private boolean mirrored() {
        return cameraSource() ? settings.mirrored() : filesMirrored;
    }

    private void play(Sound sound) {
        if (setup.player() != null) {
            setup.player().accept(sound);
        }
    }

    private void saveSettings() {
        try {
            setup.settings().save(settings);
        } catch (IOException e) {
            String problem = "Settings could not be saved in " + setup.settings() + ": " + e.getMessage();
            if (!warnings.contains(problem)) {
                warnings.add(problem);
            }
        }
    }

    private Snapshot build() {
        return new Snapshot(phase, program, panelTitle, sources, source, capture, model, banner, status, problem,
                screening, desk, mirrored(), settings.muted(), preview, journal, saving, String.join("  ·  ", warnings),
                recording == null ? null : recording.writer().folder(), recorded, patient,
                switch (phase) {
                    case RUNNING -> "Pause";
                    case PAUSED -> "Resume";
                    case LOADING -> "Loading…";
                    case ENDED -> "Play again";
                    default -> "Start";
                },
                phase != Phase.LOADING && phase != Phase.SCREENING,
                phase == Phase.RUNNING || phase == Phase.PAUSED,
                phase != Phase.LOADING && phase != Phase.SCREENING);
    }

    /** Makes the current state the snapshot and tells the listeners. */
    private void publish() {
        Snapshot s = build();
        snapshot = s;
        for (Consumer<Snapshot> l : listeners) {
            l.accept(s);
        }
    }
}
