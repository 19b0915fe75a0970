package org.formcoach.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
import org.formcoach.routine.PainPattern;
import org.formcoach.routine.RedFlag;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.routine.Timing;
import org.formcoach.session.EndReason;
import org.formcoach.session.JournalEntry;
import org.formcoach.session.Ladder;
import org.formcoach.session.Progress;
import org.formcoach.session.RepSource;
import org.formcoach.session.SessionRecord;
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
     * @param symptomEnabled whether "I have a symptom" can be pressed: a session runs or is paused
     * @param reminder    the programme's reminder to show (office reset, evening, Saturday, daily), or null
     * @param patterns    whether "Where does it bother you?" is open
     */
    public record Snapshot(Phase phase, Program program, String panelTitle, List<String> sources, String source,
            CaptureRequest capture, MoveNetModel model, Banner banner, String status, Problem problem,
            RedFlagScreening screening, DeskWatchModel desk, boolean mirrored, boolean muted, CoachView preview,
            JournalPrompt journal, String saving, String warning, Path recording, String recorded,
            PatientProfile patient,
            String startLabel, boolean startEnabled, boolean skipEnabled, boolean restartEnabled,
            boolean symptomEnabled, Reminders.Reminder reminder, boolean patterns) {

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
    /** Whether the safety steps come before sessions (off for screenshots and tests that say so). */
    private boolean safetyChecks;
    private final SafetyRecord safety;
    /** The pain assessment runs now as the first safety step; its questions follow when it ends. */
    private boolean assessing;
    /** The red-flag questions asked after the assessment include the other red flags, not only the movement's. */
    private boolean askAllQuestions;
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
    /** The program chosen before the safety steps took its place; started when they are passed. */
    private Program pendingProgram;
    private final Reminders reminders;
    private Reminders.Reminder reminder;
    private Reminders.Today today = Reminders.Today.NOTHING;
    private long todayRead = Long.MIN_VALUE;
    private boolean patternsOpen;
    static final String REMINDERS_OFF = "reminders.off";
    static final String PAIN_PATTERN = "pain.pattern";
    /** What was done today is read from the store at most this often (and after each session). */
    static final long TODAY_REFRESH_NANOS = 60_000_000_000L;
    /** The sample clip played by {@link #playDemo}, or null. */
    private Demo demo;

    public SessionController(Setup setup) {
        this.setup = setup;
        this.catalog = setup.catalog();
        this.progress = Ladder.of(catalog).map(l -> new Progress(setup.store(), l, setup.wallClock()));
        this.repSources = RepSource.forCatalog(catalog);
        this.settings = setup.settings().load();
        this.safety = new SafetyRecord(setup.store(), setup.wallClock());
        this.reminders = new Reminders(catalog, RESET_ROUTINE, setup.deskResetEvery() == null
                ? DeskWatchModel.DEFAULT_RESET_EVERY : setup.deskResetEvery(), setup.clock().getAsLong());
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
            all.add(new Program(r.id(), "Routine: " + r.name() + " (" + Timing.clock(catalog.sessionSeconds(r))
                    + ")", true));
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
        safetyChecks = askSafety;
        if (safetyDue(program)) {
            beginSafety(program, false);
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
        safetyChecks = true;
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
        assessing = false;  // the safety steps start again before a session of the user's own
        pendingProgram = null;
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
        CoachEngine.Running r = detachSession();
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
        if (p.isEmpty() || p.get().equals(shownProgram())) {
            return;
        }
        if (assessing && !DESK_EXERCISE.equals(id)) {
            // the pain assessment goes on (or waits for a camera); the new choice follows the safety steps
            if (!FIRST_RUN_CHECK.equals(id)) {
                pendingProgram = p.get();
                panelTitle = safetyFirstTitle();
            }
            publish();
            return;
        }
        if (assessing) {
            assessing = false;  // desk mode instead: the safety steps come before the next session
            pendingProgram = null;
        }
        Program before = program;
        program = p.get();
        if (phase == Phase.SCREENING && pendingProgram != null) {
            pendingProgram = program;  // what the questions come before
        }
        if (before != null && (isActive() || phase == Phase.LOADING)) {
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
                askSafety();
            }
            return;
        }
        if (program == null) {
            return;
        }
        if (safetyDue(program)) {
            beginSafety(program, false);
            return;
        }
        startNow();
    }

    /** Starts the chosen program now, the safety steps done or not needed. */
    private void startNow() {
        stopRunning();
        problem = null;
        sessionPatient = patient;
        RoutineSession session = newSession(program);
        CoachViewModel viewModel = new CoachViewModel(session.routine(), catalog, Skeleton.DEFAULT_MIN_SCORE);
        long gen = ++generation;
        ProgramSwitch switcher = new ProgramSwitch();
        SessionSink newSink = new SessionSink(session, viewModel, soundCues, this::play, switcher, display,
                signals(gen), recorder(program));
        if (desk != null && DESK_EXERCISE.equals(program.id())) {
            watchPosture(newSink, desk);
        }
        journal = null;
        sink = newSink;
        panelTitle = assessing && pendingProgram != null ? safetyFirstTitle() : panelTitle(program, session);
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
            closeInBackground(r);  // the user started something else meanwhile
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
                s.record(recorder(program));  // the routine was complete: doing it again is a new session
            }
            s.apply(s.session().restart());
        }
    }

    // ---- safety ------------------------------------------------------------------------------

    /**
     * The safety steps in the programme's order (from the menu, or to open coaching again after a
     * "yes"): the head-rotation pain assessment, then what was felt during it, then every other red
     * flag. Coaching stops meanwhile; the chosen program starts when every answer is "no".
     */
    public void askSafety() {
        stopRunning();
        Program next = program != null && !program.id().equals(FIRST_RUN_CHECK) ? program : pendingProgram;
        beginSafety(next, true);
    }

    /**
     * "I have a symptom", at any time during a session: coaching pauses and the red-flag questions
     * are asked. Any "yes" stops coaching as in the safety questions; all "no" keeps the session
     * paused where it was and opens the journal to note the symptom.
     */
    public void reportSymptom() {
        if ((phase != Phase.RUNNING && phase != Phase.PAUSED) || running == null) {
            return;
        }
        if (phase == Phase.RUNNING) {
            running.pause();
        }
        phase = Phase.SCREENING;
        problem = null;
        journal = null;
        banner = new Banner("You have a symptom: coaching is paused", Tone.WARNING, true);
        status = "Answer the questions: any \"yes\" stops coaching";
        screening = new RedFlagScreening(catalog.redFlags().stream().filter(f -> !f.duringMovement()).toList(),
                RedFlagScreening.Reason.SYMPTOM);
        publish();
    }

    /** Whether the safety steps come before {@code p} now: first run, a new day, or answers over a week old. */
    private boolean safetyDue(Program p) {
        if (!safetyChecks || p == null || p.id().equals(FIRST_RUN_CHECK) || p.id().equals(DESK_EXERCISE)
                || playingDemo()) {
            return false;
        }
        return !settings.screeningPassed() || safety.assessmentDue() || safety.questionsDue();
    }

    /**
     * Runs the 30-second pain assessment (the head rotation) and then its questions; {@code next}
     * starts when every answer is "no". {@code allQuestions}: the other red flags too, even when
     * their answers are recent.
     */
    private void beginSafety(Program next, boolean allQuestions) {
        pendingProgram = next;
        askAllQuestions = allQuestions || !settings.screeningPassed() || safety.questionsDue();
        Optional<Program> check = find(FIRST_RUN_CHECK);
        if (check.isEmpty()) {
            showQuestions(false);
            return;
        }
        assessing = true;
        program = check.get();
        startNow();
        banner = new Banner("Before any stretching: the 30-second pain assessment", Tone.INFO, false);
        publish();
    }

    /** After the pain assessment (or without one): the questions, what was felt during it first. */
    private void showQuestions(boolean afterMovement) {
        assessing = false;
        stopRunning();
        List<RedFlag> asked = catalog.redFlags().stream()
                .filter(f -> f.duringMovement() ? afterMovement : askAllQuestions).toList();
        if (pendingProgram != null) {
            program = pendingProgram;
        }
        if (asked.isEmpty()) {
            RedFlagScreening none = new RedFlagScreening(asked);
            phase = Phase.SCREENING;
            safetyAnswered(none);
            return;
        }
        phase = Phase.SCREENING;
        problem = null;
        screening = new RedFlagScreening(asked);
        banner = new Banner("Before stretching: a few safety questions", Tone.INFO, false);
        status = "";
        previewProgram();
        publish();
    }

    /**
     * The questions were answered (and, after a "yes", the advice was read): remembers when they
     * were all "no"; coaching goes on (the program the safety steps came before, or the paused
     * session after a symptom) or stays off.
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
        if (answered.screened() || settings.screeningPassed()) {
            settings = settings.withScreeningPassed(true);
            saveSettings();
        }
        safety.passed(answered);
        if (answered.reason() == RedFlagScreening.Reason.SYMPTOM && running != null) {
            phase = Phase.PAUSED;
            banner = new Banner("Paused", Tone.INFO, true);
            status = "No red flags. Press Space to go on, or skip what hurts (N); note the symptom in your journal";
            journal = new JournalPrompt(null, "A symptom during " + program.label(), null);
            publish();
            return;
        }
        Program next = pendingProgram != null ? pendingProgram : program;
        pendingProgram = null;
        phase = Phase.IDLE;
        if (next != null) {
            program = next;
            startNow();
            status = answered.assessed() ? "Pain assessment done — now " + next.label() : status;
        }
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
        assessing = false;
        safety.failed();
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
        JournalEntry entry = new JournalEntry(UUID.randomUUID().toString(), clock.instant(),
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

    // ---- the programme's reminders and pain patterns ---------------------------------------------

    /**
     * About once a second while the window is open: shows the reminder due now (the office reset
     * every 90 minutes, the evening wind-down, Saturday's session, the daily 10 minutes), never over
     * a session, the safety steps or desk mode (which reminds on its own).
     */
    public void reminderTick() {
        long now = setup.clock().getAsLong();
        Reminders.Reminder due = null;
        if ((phase == Phase.IDLE || phase == Phase.ENDED) && desk == null && journal == null && !patternsOpen) {
            if (todayRead == Long.MIN_VALUE || now - todayRead >= TODAY_REFRESH_NANOS) {
                todayRead = now;
                today = readToday();
            }
            due = reminders.due(LocalDateTime.now(setup.wallClock()), now, today, remindersOff())
                    .orElse(null);
        }
        if (!Objects.equals(due, reminder)) {
            boolean fresh = due != null && (reminder == null || !reminder.routineId().equals(due.routineId()));
            reminder = due;
            if (fresh) {
                play(Sound.HOLD_DONE);
            }
            publish();
        }
    }

    /** Starts the reminded routine. */
    public void startReminder() {
        Reminders.Reminder r = reminder;
        if (r != null) {
            reminder = null;
            reminders.sessionDone(setup.clock().getAsLong());
            startProgram(r.routineId());
        }
    }

    /** Asks again in 10 minutes. */
    public void snoozeReminder() {
        Reminders.Reminder r = reminder;
        if (r != null) {
            reminders.snooze(r.routineId(), setup.clock().getAsLong());
            reminder = null;
            publish();
        }
    }

    /** Not today (the office reset: not before its next interval). */
    public void dismissReminder() {
        Reminders.Reminder r = reminder;
        if (r != null) {
            reminders.putOff(r.routineId(), LocalDate.now(setup.wallClock()), setup.clock().getAsLong());
            reminder = null;
            publish();
        }
    }

    /** The reminders, each on or off, for the menu. */
    public List<Reminders.Choice> reminderChoices() {
        return reminders.choices(remindersOff());
    }

    /** Turns the reminder of {@code routineId} on or off, remembered with the settings. */
    public void setReminderOn(String routineId, boolean on) {
        Set<String> off = new TreeSet<>(remindersOff());
        if (on ? off.remove(routineId) : off.add(routineId)) {
            setup.store().putSettings(Map.of(REMINDERS_OFF, String.join(",", off)));
            offCache = off;
        }
        if (!on && reminder != null && reminder.routineId().equals(routineId)) {
            reminder = null;
        }
        status = on ? "Reminder on: " + label(routineId) : "Reminder off: " + label(routineId)
                + " (turn it on again in the menu's Reminders)";
        publish();
    }

    /** Turns the shown reminder off. */
    public void turnOffReminder() {
        Reminders.Reminder r = reminder;
        if (r != null) {
            setReminderOn(r.routineId(), false);
        }
    }

    private Set<String> offCache;

    private Set<String> remindersOff() {
        if (offCache == null) {
            String kept = setup.store().settings().getOrDefault(REMINDERS_OFF, "");
            offCache = kept.isBlank() ? Set.of() : Set.of(kept.split(","));
        }
        return offCache;
    }

    private String label(String routineId) {
        return catalog.routine(routineId).map(Routine::name).orElse(routineId);
    }

    /** What was done today, from the store: the routines completed and the minutes of sessions. */
    private Reminders.Today readToday() {
        Set<String> done = new HashSet<>();
        double minutes = 0;
        for (SessionRecord r : setup.store().sessions(LocalDate.now(setup.wallClock()))) {
            minutes += r.duration().toMillis() / 60_000.0;
            if (r.endReason() == EndReason.COMPLETED) {
                done.add(r.programId());
            }
        }
        return new Reminders.Today(done, minutes);
    }

    /** Opens "Where does it bother you?". */
    public void choosePattern() {
        if (phase == Phase.RUNNING) {
            pause();  // coaching waits while the user reads
        }
        patternsOpen = true;
        reminder = null;
        publish();
    }

    public void closePatterns() {
        patternsOpen = false;
        publish();
    }

    /** The pattern chosen last time, if any. */
    public Optional<PainPattern> painPattern() {
        return Optional.ofNullable(setup.store().settings().get(PAIN_PATTERN)).map(id -> catalog.patterns().get(id));
    }

    /**
     * A pattern was chosen: it is remembered, and the routine it suggests is chosen (and started when
     * {@code start}).
     */
    public void patternChosen(String patternId, boolean start) {
        PainPattern p = catalog.patterns().get(patternId);
        if (p == null) {
            return;
        }
        setup.store().putSettings(Map.of(PAIN_PATTERN, p.id()));
        patternsOpen = false;
        status = p.name() + ": " + label(p.routine()) + (p.stretches().isEmpty() ? "" : "; stretches: "
                + String.join(", ", p.stretches().stream().map(e -> catalog.exercise(e).map(Exercise::name).orElse(e))
                        .toList()));
        if (start) {
            startProgram(p.routine());
        } else {
            selectProgram(p.routine());
        }
        publish();
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
                        if (assessing && result.failure().isEmpty()) {
                            showQuestions(true);  // the video of the head rotation ended: its questions
                            return;
                        }
                        publish();
                    }
                });
            }
        };
    }

    /** Closes a session off the ui thread; when the window is closing, and its executors with it, right here. */
    private void closeInBackground(CoachEngine.Running r) {
        try {
            setup.background().execute(r::close);
        } catch (RejectedExecutionException e) {
            r.close();
        }
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
        todayRead = Long.MIN_VALUE;  // what was done today changed
        reminders.sessionDone(setup.clock().getAsLong());
        SessionSink s = sink;
        if (s != null) {
            s.recorder().end(EndReason.COMPLETED);
        }
        if (assessing) {
            showQuestions(true);  // the pain assessment is done: what was felt during it
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
        if (generation == before && !(assessing && (isActive() || phase == Phase.LOADING))) {
            start();  // (the pain assessment that runs goes on; the choice follows it)
        }
    }

    /** The program the picker shows: the chosen one, also while the pain assessment runs before it. */
    private Program shownProgram() {
        return assessing && pendingProgram != null ? pendingProgram : program;
    }

    /** The side panel's heading while the pain assessment runs before the chosen program. */
    private String safetyFirstTitle() {
        Program next = pendingProgram;
        return "Safety check first, then " + (next.routine()
                ? catalog.routine(next.id()).map(Routine::name).orElse(next.label()) : next.label());
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
        CoachEngine.Running r = detachSession();
        if (r != null) {
            closeInBackground(r);
        }
        stopRecording();  // after the pipeline's close on the background executor: its last frames are in
    }

    /**
     * Ends the session that runs: its frames are ignored from now on and it is kept as stopped. Returns
     * its engine, still to be closed (on the calling thread or the background executor), or null.
     */
    private CoachEngine.Running detachSession() {
        generation++;
        SessionSink s = sink;
        if (s != null) {
            s.close();
            s.recorder().end(EndReason.STOPPED);
        }
        CoachEngine.Running r = running;
        running = null;
        return r;
    }

    /** The program as this user does it now: ladder steps at the current rung and dose. */
    private RoutineSession newSession(Program p) {
        Catalog catalog = personalCatalog();
        if (p.routine()) {
            Routine routine = catalog.session(catalog.routine(p.id()).orElseThrow());
            return new RoutineSession(progress.map(g -> g.personalise(routine, catalog::exercise)).orElse(routine),
                    catalog);
        }
        Exercise e = catalog.exercise(p.id()).orElseThrow();
        if (progress.isPresent() && progress.get().ladder().contains(e.id())) {
            e = e.withDose(progress.get().doseFor(e));
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
        RoutineSession session = newSession(program);
        panelTitle = assessing && pendingProgram != null ? safetyFirstTitle() : panelTitle(program, session);
        preview = new CoachViewModel(session.routine(), catalog, Skeleton.DEFAULT_MIN_SCORE)
                .present(null, session.state(), 0);
    }

    private static String panelTitle(Program p, RoutineSession session) {
        if (!p.routine()) {
            return "Single exercise";
        }
        return session.routine().name();
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
        return new Snapshot(phase, shownProgram(), panelTitle, sources, source, capture, model, banner, status, problem,
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
                phase != Phase.LOADING && phase != Phase.SCREENING,
                (phase == Phase.RUNNING || phase == Phase.PAUSED) && running != null, reminder, patternsOpen);
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
