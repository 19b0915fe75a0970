package org.formcoach.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.formcoach.app.model.AppSettings;
import org.formcoach.app.model.CoachViewModel;
import org.formcoach.app.model.DeskWatchModel;
import org.formcoach.app.model.RedFlagScreening;
import org.formcoach.app.model.RoutineSession;
import org.formcoach.app.model.Sound;
import org.formcoach.app.model.SoundCues;
import org.formcoach.app.model.Tone;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CaptureException;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FrameSources;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.PipelineStatus;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.Skeleton;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.routine.RoutineRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: the controls on top, the live view in the middle, the routine panel on the
 * right, a status line at the bottom. It wires the views to the engine and the view models; the
 * decisions about what to show live in {@code org.formcoach.app.model}.
 */
public final class CoachWindow {

    private static final Logger LOG = LoggerFactory.getLogger(CoachWindow.class);
    static final String STYLESHEET = CoachWindow.class.getResource("coach.css").toExternalForm();
    static final String DESK_EXERCISE = "desk-posture";
    static final String RESET_ROUTINE = "office-reset";
    static final String FIRST_RUN_CHECK = "head-rotation-check";

    /** An entry of the routine / exercise picker. */
    record Program(String id, String label, boolean routine) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** An entry of the camera / file picker. */
    record SourceChoice(String spec, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A camera resolution to ask for. */
    record Resolution(int width, int height) {
        @Override
        public String toString() {
            return width + " × " + height;
        }
    }

    private enum Phase { IDLE, SCREENING, LOADING, RUNNING, PAUSED, ENDED, BLOCKED }

    private final Stage stage;
    private final AppConfig config;
    private final CoachEngine engine;
    private final Catalog catalog;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-start");
        t.setDaemon(true);
        return t;
    });
    private final TonePlayer tones = new TonePlayer();
    private final SoundCues soundCues = new SoundCues();
    private AppSettings settings;
    /** What went wrong reading the settings (a damaged file set aside), shown once the window is up. */
    private String settingsNotice;

    private final LiveView liveView = new LiveView();
    private final RoutinePanel routinePanel = new RoutinePanel();
    private final MessagePanel sourcePanel = new MessagePanel("no-source");
    private final SafetyPanel safetyPanel = new SafetyPanel();
    private final HelpOverlay help = new HelpOverlay();
    private final DeskWindow deskWindow;
    private final ComboBox<Program> programPicker = new ComboBox<>();
    private final ComboBox<SourceChoice> sourcePicker = new ComboBox<>();
    private final ComboBox<Resolution> resolutionPicker = new ComboBox<>();
    private final ComboBox<MoveNetModel> modelPicker = new ComboBox<>();
    private final Button startButton = new Button("Start");
    private final Button skipButton = new Button("Skip");
    private final Button restartButton = new Button("Restart");
    private final ToggleButton mirrorToggle = new ToggleButton("Mirror");
    private final ToggleButton muteToggle = new ToggleButton("Sound");
    private final Label statusLine = new Label();
    private final Scene scene;
    private final AnimationTimer timer;

    private Phase phase = Phase.IDLE;
    private CoachEngine.Running running;
    private LiveSink sink;
    private RoutineSession session;
    private DeskWatchModel deskWatch;
    /** The program chosen before the first-run safety check took its place; started when the check is done. */
    private Program afterFirstCheck;
    private long framesShown;
    private long lastDeskRefresh;
    private long sessionGeneration;

    public CoachWindow(Stage stage, AppConfig config, CoachEngine engine) {
        this.stage = stage;
        this.config = config;
        this.engine = engine;
        this.catalog = new RoutineLoader().load(config.routinesDir());
        this.settings = AppSettings.load(config.settingsDir(), notice -> settingsNotice = notice);
        this.deskWindow = new DeskWindow(this::startResetFromDesk, this::leaveDeskMode);
        this.scene = new Scene(layout(), 1280, 800);
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle("FormCoach");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawLatest();
                if (deskWindow.isShowing() && now - lastDeskRefresh > 1_000_000_000L) {
                    lastDeskRefresh = now;
                    refreshDesk();
                }
            }
        };
    }

    // ---- layout -------------------------------------------------------------------------------

    private BorderPane layout() {
        fillPickers();
        startButton.setId("start");
        startButton.getStyleClass().add("primary");
        startButton.setOnAction(e -> startOrPause());
        skipButton.setId("skip");
        skipButton.setOnAction(e -> skip());
        restartButton.setId("restart");
        restartButton.setOnAction(e -> restart());
        mirrorToggle.setId("mirror");
        mirrorToggle.setSelected(settings.mirrored());
        mirrorToggle.selectedProperty().addListener((o, a, b) -> setMirrored(b));
        liveView.setMirrored(settings.mirrored());
        muteToggle.setId("sound");
        muteToggle.setSelected(!settings.muted());
        soundCues.setMuted(settings.muted());
        muteToggle.selectedProperty().addListener((o, a, b) -> setMuted(!b));

        MenuButton menu = new MenuButton("☰");
        menu.setId("menu");
        MenuItem openVideo = new MenuItem("Open a video…");
        openVideo.setOnAction(e -> openVideo());
        MenuItem safety = new MenuItem("Safety questions…");
        safety.setId("menu-safety");
        safety.setOnAction(e -> askSafety(false));
        MenuItem desk = new MenuItem("Desk mode");
        desk.setOnAction(e -> enterDeskMode());
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setOnAction(e -> help.setVisible(true));
        menu.getItems().addAll(openVideo, safety, desk, new SeparatorMenuItem(), shortcuts);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        programPicker.setPrefWidth(250);
        sourcePicker.setPrefWidth(160);
        sourcePicker.setPromptText("Camera");
        resolutionPicker.setPrefWidth(130);
        modelPicker.setPrefWidth(140);
        for (javafx.scene.control.Control c : List.of(startButton, skipButton, restartButton, mirrorToggle, muteToggle,
                menu)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox toolbar = new HBox(8, programPicker, startButton, skipButton, restartButton, spacer,
                sourcePicker, resolutionPicker, modelPicker, mirrorToggle, muteToggle, menu);
        toolbar.getStyleClass().add("toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);

        StackPane center = new StackPane(liveView, sourcePanel, safetyPanel, help);
        center.getStyleClass().add("center");

        statusLine.setId("status");
        HBox statusBar = new HBox(statusLine);
        statusBar.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(center, toolbar, routinePanel, statusBar, null);
        root.getStyleClass().add("root-pane");
        BorderPane.setMargin(routinePanel, new Insets(0));
        return root;
    }

    private void fillPickers() {
        List<Program> programs = new ArrayList<>();
        for (Routine r : catalog.routines().values()) {
            programs.add(new Program(r.id(), "Routine: " + r.name(), true));
        }
        for (Exercise e : catalog.exercises().values()) {
            programs.add(new Program(e.id(), e.name(), false));
        }
        programPicker.getItems().setAll(programs);
        programPicker.setId("program");
        programPicker.setVisibleRowCount(16);
        String wanted = config.program() != null ? config.program() : "wall-pushup";
        selectProgram(wanted);
        if (programPicker.getValue() == null && !programs.isEmpty()) {
            programPicker.setValue(programs.get(0));
            if (config.program() != null) {
                statusLine.setText("There is no routine or exercise '" + config.program() + "' in "
                        + config.routinesDir() + "; see the list in the picker.");
            }
        }
        programPicker.valueProperty().addListener((o, a, b) -> restartIfActive(a, b));

        sourcePicker.setId("source");
        if (config.source() != null) {
            addSource(config.source());
        }
        resolutionPicker.getItems().setAll(new Resolution(640, 480), new Resolution(1280, 720));
        resolutionPicker.setValue(resolutionPicker.getItems().get(0));
        resolutionPicker.setId("resolution");
        modelPicker.getItems().setAll(MoveNetModel.values());
        modelPicker.setValue(config.model());
        modelPicker.setId("model");
        modelPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MoveNetModel m) {
                return m == null ? "" : m == MoveNetModel.LIGHTNING ? "Fast model" : "Accurate model";
            }

            @Override
            public MoveNetModel fromString(String s) {
                return null;
            }
        });
        sourcePicker.valueProperty().addListener((o, a, b) -> restartIfActive(a, b));
        resolutionPicker.valueProperty().addListener((o, a, b) -> restartIfActive(a, b));
        modelPicker.valueProperty().addListener((o, a, b) -> restartIfActive(a, b));
    }

    /** A choice changed while coaching (or while loading): start again with it. */
    private void restartIfActive(Object before, Object after) {
        if (before != null && after != null && !before.equals(after) && (isActive() || phase == Phase.LOADING)) {
            start();
        }
    }

    private boolean isActive() {
        return phase == Phase.RUNNING || phase == Phase.PAUSED || phase == Phase.ENDED;
    }

    private void selectProgram(String id) {
        programPicker.getItems().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(programPicker::setValue);
    }

    /** Selects the program {@code id} and starts it (once, whether or not the picker's change started it). */
    private void startProgram(String id) {
        long before = sessionGeneration;
        selectProgram(id);
        if (sessionGeneration == before) {
            start();
        }
    }

    private SourceChoice addSource(String spec) {
        SourceChoice existing = sourcePicker.getItems().stream().filter(s -> s.spec().equals(spec)).findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        boolean camera = spec.matches("\\d+|/dev/video\\d+");
        String label = camera ? "Camera " + spec : Path.of(spec).getFileName().toString();
        SourceChoice choice = new SourceChoice(spec, label);
        sourcePicker.getItems().add(choice);
        if (sourcePicker.getValue() == null) {
            sourcePicker.setValue(choice);
        }
        return choice;
    }

    // ---- life cycle ---------------------------------------------------------------------------

    /** Shows the window: the safety questions on first run, then coaching if asked to start. */
    public void show() {
        stage.setOnCloseRequest(e -> close());
        stage.show();
        timer.start();
        routinePanel.setRoutineName(programPicker.getValue() == null ? "" : programPicker.getValue().label());
        liveView.showMessage("Choose a program and press Start", Tone.INFO);
        if (!catalog.errors().isEmpty()) {
            statusLine.setText(catalog.errors().size() + " routine file(s) could not be read: "
                    + catalog.errors().get(0));
        }
        if (settingsNotice != null) {
            statusLine.setText(settingsNotice);
            System.err.println("formcoach: " + settingsNotice);
        }
        if (catalog.exercises().isEmpty()) {
            sourcePanel.show("No exercises found", "FormCoach found no exercises in " + config.routinesDir()
                    + ". Start it with ./formcoach, or give the folder with --routines DIR.");
            phase = Phase.BLOCKED;
            return;
        }
        listCameras();
        if (config.askSafety() && !settings.screeningPassed()) {
            askSafety(true);
        } else if (config.autoStart()) {
            start();
        }
    }

    /** Stops coaching, releases the models and closes the windows. */
    public void close() {
        timer.stop();
        sessionGeneration++;
        CoachEngine.Running r = running;
        running = null;
        if (r != null) {
            r.close();
        }
        deskWindow.hide();
        tones.close();
        starter.shutdownNow();
        engine.close();
        stage.hide();
    }

    private void askSafety(boolean firstRun) {
        stopRunning();
        setPhase(Phase.SCREENING);
        sourcePanel.hide();
        liveView.showMessage("A few safety questions first", Tone.INFO);
        safetyPanel.ask(new RedFlagScreening(catalog.redFlags()), s -> {
            settings = settings.withScreeningPassed(s.mayCoach());
            saveSettings();
            if (!s.mayCoach()) {
                setPhase(Phase.BLOCKED);
                liveView.showMessage("Coaching is off: " + (s.outcome() == RedFlagScreening.Outcome.URGENT_STOP
                        ? "get emergency care now" : "please contact a healthcare provider first"), Tone.ERROR);
                return;
            }
            setPhase(Phase.IDLE);
            if (firstRun && catalog.exercise(FIRST_RUN_CHECK).isPresent()) {
                Program chosen = programPicker.getValue();
                afterFirstCheck = chosen != null && !chosen.id().equals(FIRST_RUN_CHECK) ? chosen : null;
                selectProgram(FIRST_RUN_CHECK);
            }
            start();
        });
    }

    private void startOrPause() {
        switch (phase) {
            case RUNNING -> pause();
            case PAUSED -> resume();
            default -> start();
        }
    }

    /** Starts (or starts again) the selected program on the selected source. */
    void start() {
        if (phase == Phase.SCREENING) {
            return;  // the safety questions come first
        }
        if (phase == Phase.BLOCKED) {
            askSafety(false);
            return;
        }
        Program program = programPicker.getValue();
        if (program == null) {
            return;
        }
        stopRunning();
        sourcePanel.hide();
        help.setVisible(false);
        RoutineSession newSession = program.routine()
                ? new RoutineSession(catalog.routine(program.id()).orElseThrow(), catalog)
                : RoutineSession.single(catalog.exercise(program.id()).orElseThrow(), catalog);
        session = newSession;
        routinePanel.setRoutineName(program.routine() ? newSession.routine().name() : "Single exercise");
        CoachViewModel viewModel = new CoachViewModel(newSession.routine(), catalog, Skeleton.DEFAULT_MIN_SCORE);
        long generation = ++sessionGeneration;
        ProgramSwitch switcher = new ProgramSwitch();
        LiveSink newSink = new LiveSink(newSession, viewModel, soundCues, this::play, switcher);
        sink = newSink;
        routinePanel.show(viewModel.present(null, newSession.state(), 0));
        SourceChoice source = sourcePicker.getValue();
        setPhase(Phase.LOADING);
        liveView.showMessage(source == null ? "Looking for a camera…" : "Loading the pose model and opening "
                + source.label() + "…", Tone.INFO);
        Resolution res = resolutionPicker.getValue();
        MoveNetModel model = modelPicker.getValue();
        starter.execute(() -> {
            String spec = source != null ? source.spec() : firstCamera();
            if (spec == null) {
                Platform.runLater(() -> noSource("No camera found",
                        "FormCoach could not find a camera on this computer. Connect one and try again,"
                                + " or open a video of yourself exercising."));
                return;
            }
            try {
                CoachEngine.Running r = engine.start(new CoachEngine.Request(spec,
                        new CaptureRequest(res.width(), res.height(), 30), model), newSession.firstProgram(), newSink);
                switcher.attach(r);
                Platform.runLater(() -> {
                    if (generation != sessionGeneration) {
                        r.close();  // the user started something else meanwhile
                        return;
                    }
                    running = r;
                    addSource(spec);
                    setPhase(Phase.RUNNING);
                    statusLine.setText("Coaching from " + spec);
                });
            } catch (CaptureException e) {
                Platform.runLater(() -> noSource(isCamera(spec) ? "The camera is not available" : "This file cannot be played",
                        e.getMessage()));
            } catch (ModelLoadException e) {
                Platform.runLater(() -> failed("The pose model could not be loaded", e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("starting the session failed", e);
                Platform.runLater(() -> failed("Coaching could not start", String.valueOf(e.getMessage())));
            }
        });
    }

    /** Adds the cameras that can be opened to the source picker (probing them takes a moment: off the JavaFX thread). */
    private void listCameras() {
        starter.execute(() -> {
            List<CameraDevice> cameras = engine.cameras();
            Platform.runLater(() -> cameras.forEach(c -> addSource(String.valueOf(c.index()))));
        });
    }

    private String firstCamera() {
        List<CameraDevice> cameras = engine.cameras();
        if (cameras.isEmpty()) {
            return null;
        }
        String spec = String.valueOf(cameras.get(0).index());
        Platform.runLater(() -> cameras.forEach(c -> addSource(String.valueOf(c.index()))));
        return spec;
    }

    private static boolean isCamera(String spec) {
        return spec.matches("\\d+|/dev/video\\d+");
    }

    private void noSource(String heading, String detail) {
        setPhase(Phase.IDLE);
        liveView.showMessage(heading, Tone.WARNING);
        Button open = new Button("Open a video…");
        open.setId("open-video");
        open.setOnAction(e -> openVideo());
        Button retry = new Button("Try again");
        retry.setId("try-again");
        retry.setOnAction(e -> start());
        sourcePanel.show(heading, detail, open, retry);
    }

    private void failed(String heading, String detail) {
        setPhase(Phase.IDLE);
        liveView.showMessage(heading, Tone.ERROR);
        Button retry = new Button("Try again");
        retry.setOnAction(e -> start());
        sourcePanel.show(heading, detail, retry);
    }

    private void openVideo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a video of your exercise");
        List<String> patterns = FrameSources.VIDEO_EXTENSIONS.stream().sorted().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Videos", patterns),
                new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openSource(file.getPath());
        }
    }

    /** Selects {@code spec} (a file or camera) and starts coaching from it. */
    void openSource(String spec) {
        SourceChoice choice = addSource(spec);
        if (choice.equals(sourcePicker.getValue())) {
            start();
        } else {
            sourcePicker.setValue(choice);
            if (!isActive()) {
                start();
            }
        }
    }

    private void pause() {
        if (running != null) {
            running.pause();
            setPhase(Phase.PAUSED);
        }
    }

    private void resume() {
        if (running != null) {
            running.resume();
            setPhase(Phase.RUNNING);
        }
    }

    private void skip() {
        if (sink != null && session != null && isActive()) {
            sink.apply(session.skip());
        }
    }

    private void restart() {
        if (phase == Phase.ENDED || phase == Phase.IDLE) {
            start();
        } else if (sink != null && session != null && isActive()) {
            sink.apply(session.restart());
        }
    }

    /** Stops the running session on the starter thread (stopping joins threads), before anything started next. */
    private void stopRunning() {
        sessionGeneration++;
        CoachEngine.Running r = running;
        running = null;
        if (r != null && !starter.isShutdown()) {
            starter.execute(r::close);
        } else if (r != null) {
            r.close();
        }
    }

    private void setPhase(Phase p) {
        phase = p;
        startButton.setText(switch (p) {
            case RUNNING -> "Pause";
            case PAUSED -> "Resume";
            case LOADING -> "Loading…";
            case ENDED -> "Play again";
            default -> "Start";
        });
        startButton.setDisable(p == Phase.LOADING || p == Phase.SCREENING);
        boolean active = p == Phase.RUNNING || p == Phase.PAUSED;
        skipButton.setDisable(!active);
        restartButton.setDisable(p == Phase.LOADING || p == Phase.SCREENING);
        if (p == Phase.PAUSED) {
            statusLine.setText("Paused — press Space to go on");
        }
    }

    // ---- drawing ------------------------------------------------------------------------------

    /** Once per screen refresh: draws the newest analysed frame, if there is one. */
    private void drawLatest() {
        LiveSink s = sink;
        if (s == null) {
            return;
        }
        Rendered r = s.take();
        if (r != null) {
            liveView.show(r);
            routinePanel.show(r.view());
            framesShown++;
        }
        if (afterFirstCheck != null && session != null && session.state().phase() == RoutineRunner.Phase.DONE) {
            Program next = afterFirstCheck;
            afterFirstCheck = null;
            startProgram(next.id());
            statusLine.setText("Safety check done — now " + next.label());
            return;
        }
        PipelineStatus status = s.status();
        if (phase == Phase.RUNNING && status != null && !status.message().isEmpty()) {
            statusLine.setText(status.message());
        }
        PipelineResult end = s.finished();
        if (end != null && (phase == Phase.RUNNING || phase == Phase.PAUSED) && running != null) {
            setPhase(Phase.ENDED);
            statusLine.setText(CoachViewModel.endOfSource(end));
        }
    }

    private void play(Sound sound) {
        tones.accept(sound);
    }

    private void setMirrored(boolean mirrored) {
        liveView.setMirrored(mirrored);
        settings = settings.withMirrored(mirrored);
        saveSettings();
    }

    private void setMuted(boolean muted) {
        soundCues.setMuted(muted);
        muteToggle.setText(muted ? "Muted" : "Sound");
        settings = settings.withMuted(muted);
        saveSettings();
    }

    private void saveSettings() {
        try {
            settings.save(config.settingsDir());
        } catch (IOException e) {
            statusLine.setText("Settings could not be saved in " + config.settingsDir() + ": " + e.getMessage());
        }
    }

    // ---- desk mode ----------------------------------------------------------------------------

    private void enterDeskMode() {
        if (catalog.exercise(DESK_EXERCISE).isEmpty()) {
            statusLine.setText("Desk mode needs the exercise '" + DESK_EXERCISE + "' in " + config.routinesDir());
            return;
        }
        if (phase == Phase.BLOCKED || phase == Phase.SCREENING) {
            return;  // no coaching, desk mode included, until the safety questions are answered all "no"
        }
        startProgram(DESK_EXERCISE);
        DeskWatchModel watch = new DeskWatchModel(System::nanoTime, config.deskResetEvery(),
                DeskWatchModel.DEFAULT_NUDGE_GAP);
        deskWatch = watch;
        LiveSink s = sink;
        s.listen(frame -> watch.onFrame(frame.form()).ifPresent(nudge -> {
            play(Sound.CORRECTION);
            Platform.runLater(deskWindow::refresh);
        }));
        deskWindow.show(watch);
        stage.setIconified(true);
    }

    /** About once a second in desk mode: the status, and the reset reminder's chime when it falls due. */
    private void refreshDesk() {
        DeskWatchModel watch = deskWatch;
        if (watch != null && watch.takeReminder()) {
            play(Sound.HOLD_DONE);
        }
        deskWindow.refresh();
    }

    private void leaveDeskMode() {
        deskWindow.hide();
        deskWatch = null;
        stage.setIconified(false);
        stage.toFront();
    }

    private void startResetFromDesk() {
        leaveDeskMode();
        startProgram(RESET_ROUTINE);
    }

    // ---- keyboard -----------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        if (safetyPanel.isVisible()) {
            return;  // the questions need the keyboard for themselves
        }
        KeyCode code = e.getCode();
        boolean handled = true;
        if (help.isVisible() && (code == KeyCode.ESCAPE || code == KeyCode.H || code == KeyCode.F1)) {
            help.setVisible(false);
        } else if (code == KeyCode.SPACE) {
            startOrPause();
        } else if (code == KeyCode.N) {
            skip();
        } else if (code == KeyCode.R) {
            restart();
        } else if (code == KeyCode.M) {
            mirrorToggle.setSelected(!mirrorToggle.isSelected());
        } else if (code == KeyCode.S) {
            muteToggle.setSelected(!muteToggle.isSelected());
        } else if (code == KeyCode.D) {
            enterDeskMode();
        } else if (code == KeyCode.H || code == KeyCode.F1) {
            help.setVisible(true);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // ---- for the screenshot command and tests -------------------------------------------------

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** Frames analysed in the current session. */
    public long framesAnalysed() {
        LiveSink s = sink;
        return s == null ? 0 : s.frames();
    }

    /** Frames drawn on screen in this window's life; call on the JavaFX thread. */
    public long framesShown() {
        return framesShown;
    }

    /** Whether an analysed frame waits to be drawn. */
    boolean hasUndrawnFrame() {
        LiveSink s = sink;
        return s != null && s.hasPending();
    }

    /** Whether the current source has been read to its end. */
    public boolean sourceEnded() {
        LiveSink s = sink;
        return s != null && s.finished() != null;
    }
}
