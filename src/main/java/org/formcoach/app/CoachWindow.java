package org.formcoach.app;

import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.formcoach.app.model.CoachEngine;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.Demo;
import org.formcoach.app.model.DeskWatchModel;
import org.formcoach.app.model.RedFlagScreening;
import org.formcoach.app.model.SessionController;
import org.formcoach.app.model.SessionController.Phase;
import org.formcoach.app.model.SessionController.Program;
import org.formcoach.app.model.SessionController.Snapshot;
import org.formcoach.app.model.StoredSettings;
import org.formcoach.app.model.WindowPlace;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FrameSources;
import org.formcoach.patient.PatientProfile;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.session.SessionStore;

/**
 * The main window: the controls on top, the live view in the middle, the routine panel on the
 * right, a status line at the bottom. It binds its controls to the {@link SessionController}, which
 * decides what the session does and says; the window draws the controller's snapshots and frames.
 */
public final class CoachWindow {

    static final String STYLESHEET = CoachWindow.class.getResource("coach.css").toExternalForm();

    /** A camera resolution to ask for. */
    record Resolution(int width, int height) {
        @Override
        public String toString() {
            return width + " × " + height;
        }

        CaptureRequest request() {
            return new CaptureRequest(width, height, 30);
        }
    }

    private final Stage stage;
    private final AppConfig config;
    private final SessionController controller;
    private final SessionStore store;
    private final StoredSettings settings;
    private final Catalog catalog;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-start");
        t.setDaemon(true);
        return t;
    });
    private final TonePlayer tones = new TonePlayer();
    private final FrameSlot frames = new FrameSlot();

    private final LiveView liveView = new LiveView();
    private final RoutinePanel routinePanel = new RoutinePanel();
    private final MessagePanel sourcePanel = new MessagePanel("no-source");
    private final SafetyPanel safetyPanel = new SafetyPanel();
    private final HelpOverlay help = new HelpOverlay();
    private final JournalPanel journalPanel;
    private final PatternPanel patternPanel;
    private final Label reminderText = new Label();
    private final HBox reminderBar = new HBox(10);
    private HistoryWindow history;
    private final TherapistTools therapist;
    private final DeskWindow deskWindow;
    private final ComboBox<Program> programPicker = new ComboBox<>();
    private final ComboBox<String> sourcePicker = new ComboBox<>();
    private final ComboBox<Resolution> resolutionPicker = new ComboBox<>();
    private final ComboBox<MoveNetModel> modelPicker = new ComboBox<>();
    private final Button startButton = new Button("Start");
    private final Button skipButton = new Button("Skip");
    private final Button restartButton = new Button("Restart");
    private final Button symptomButton = new Button("I have a symptom");
    private final ToggleButton mirrorToggle = new ToggleButton("Mirror");
    private final ToggleButton muteToggle = new ToggleButton("Sound");
    private final Label statusLine = new Label();
    private final Label recordingMark = new Label("● Recording");
    private final Label patientLine = new Label();
    private final MenuItem recordItem = new MenuItem("Record this session…");
    /** Asks where and as what to record; tests answer it themselves. */
    private BiFunction<Window, String, Optional<RecordDialog.Choice>> recordDialog =
            RecordDialog::ask;
    private final Label savingLine = new Label();
    private final Label warningLine = new Label();
    private final HBox warningBar = new HBox(10);
    private final Scene scene;
    private final AnimationTimer timer;

    /** Set while a snapshot is applied, so that the controls' listeners do not echo it back. */
    private boolean binding;
    private Snapshot shown;
    private long framesShown;
    private long lastDeskRefresh;
    /** Where the window is when neither maximized nor minimized: what is remembered. */
    private WindowPlace normalPlace;

    public CoachWindow(Stage stage, AppConfig config, CoachEngine engine, Clock clock) {
        this.stage = stage;
        this.config = config;
        this.catalog = new RoutineLoader().load(config.routinesDir());
        this.store = SessionStore.open(config.dataDir(), clock);
        store.closeInterrupted();
        this.settings = new StoredSettings(store, config.settingsDir());
        this.controller = new SessionController(new SessionController.Setup(catalog, config.routinesDir(), engine,
                settings, this::inBackground, Platform::runLater, tones,
                config.deskResetEvery(), System::nanoTime, store, clock));
        // the journal asks about any time, not about the head rotation just done
        this.journalPanel = new JournalPanel(catalog.redFlags().stream().filter(f -> !f.duringMovement()).toList(),
                new JournalPanel.Actions() {
            @Override
            public void save(int pain, String where, String pattern, String notes, Map<String, Boolean> flags) {
                controller.saveJournal(pain, where, pattern, notes, flags);
            }

            @Override
            public void skip() {
                controller.dismissJournal();
            }

            @Override
            public void acceptOffer() {
                controller.acceptOffer();
            }

            @Override
            public void declineOffer() {
                controller.declineOffer();
            }
        });
        this.patternPanel = new PatternPanel(catalog, controller::patternChosen, controller::closePatterns);
        controller.setDisplay(frames);
        this.therapist = new TherapistTools(stage, config.dataDir(), catalog, controller);
        this.deskWindow = new DeskWindow(controller::startResetFromDesk, controller::leaveDeskMode, this::openVideo,
                controller::start);
        this.scene = new Scene(layout());
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle("FormCoach");
        place();
        controller.addListener(this::render);
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawLatest();
                if (now - lastDeskRefresh > 1_000_000_000L) {
                    lastDeskRefresh = now;
                    controller.reminderTick();
                    if (deskWindow.isShowing()) {
                        controller.deskTick();
                        deskWindow.refresh();
                    }
                }
            }
        };
    }

    /**
     * The controller's slow work (loading, opening, stopping). Once the window is closed the executor
     * is shut down, but a session that was still loading must be stopped all the same: on a thread of
     * its own.
     */
    private void inBackground(Runnable task) {
        try {
            starter.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            Thread t = new Thread(task, "session-stop");
            t.setDaemon(true);
            t.start();
        }
    }

    // ---- layout -------------------------------------------------------------------------------

    /**
     * Puts the window where it was last closed, if that is still on a screen, else in the middle of
     * the main screen at a size that fits it (a 1366 × 768 or 1280 × 720 screen included), and
     * follows where the user moves and resizes it, to remember at {@link #close()}.
     */
    private void place() {
        List<WindowPlace.Area> screens = new java.util.ArrayList<>();
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        for (javafx.stage.Screen screen : javafx.stage.Screen.getScreens()) {
            javafx.geometry.Rectangle2D b = screen.getVisualBounds();
            screens.add(screen.equals(primary) ? 0 : screens.size(),
                    new WindowPlace.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        WindowPlace p = WindowPlace.choose(settings.windowPlace(), screens);
        stage.setMinWidth(Math.min(WindowPlace.MIN_WIDTH, p.width()));
        stage.setMinHeight(Math.min(WindowPlace.MIN_HEIGHT, p.height()));
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
        normalPlace = p;
        javafx.beans.InvalidationListener follow = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normalPlace = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
    }

    private BorderPane layout() {
        fillPickers();
        startButton.setId("start");
        startButton.getStyleClass().add("primary");
        startButton.setOnAction(e -> controller.startOrPause());
        skipButton.setId("skip");
        skipButton.setOnAction(e -> controller.skip());
        restartButton.setId("restart");
        restartButton.setOnAction(e -> controller.restart());
        symptomButton.setId("symptom");
        symptomButton.getStyleClass().add("symptom");
        symptomButton.setOnAction(e -> controller.reportSymptom());
        routinePanel.addAction(symptomButton);
        mirrorToggle.setId("mirror");
        mirrorToggle.selectedProperty().addListener((o, a, b) -> {
            if (!binding) {
                controller.setMirrored(b);
            }
        });
        muteToggle.setId("sound");
        muteToggle.selectedProperty().addListener((o, a, b) -> {
            if (!binding) {
                controller.setMuted(!b);
            }
        });

        MenuButton menu = new MenuButton("☰");
        menu.setId("menu");
        MenuItem openVideo = new MenuItem("Open a video…");
        openVideo.setOnAction(e -> openVideo());
        MenuItem safety = new MenuItem("Safety questions…");
        safety.setId("menu-safety");
        safety.setOnAction(e -> controller.askSafety());
        MenuItem desk = new MenuItem("Desk mode");
        desk.setOnAction(e -> controller.enterDeskMode());
        MenuItem journal = new MenuItem("How does your back feel?…");
        journal.setId("menu-journal");
        journal.setOnAction(e -> controller.openJournal());
        MenuItem historyItem = new MenuItem("History and progress…");
        historyItem.setId("menu-history");
        historyItem.setOnAction(e -> showHistory());
        recordItem.setId("menu-record");
        recordItem.setOnAction(e -> recordOrStop());
        MenuItem patterns = new MenuItem("Where does it bother you?…");
        patterns.setId("menu-patterns");
        patterns.setOnAction(e -> controller.choosePattern());
        Menu remindersMenu = new Menu("Reminders");
        remindersMenu.setId("menu-reminders");
        remindersMenu.getItems().add(new MenuItem());  // filled when shown
        remindersMenu.setOnShowing(e -> remindersMenu.getItems().setAll(controller.reminderChoices().stream()
                .map(c -> {
                    CheckMenuItem item = new CheckMenuItem(c.label());
                    item.setSelected(c.on());
                    item.setOnAction(x -> controller.setReminderOn(c.routineId(), item.isSelected()));
                    return (MenuItem) item;
                }).toList()));
        MenuItem review = new MenuItem("Review a recording or video…");
        review.setOnAction(e -> therapist.review());
        MenuItem compare = new MenuItem("Compare with a demonstration…");
        compare.setOnAction(e -> therapist.compare());
        MenuItem patient = new MenuItem("Patient and thresholds…");
        patient.setId("menu-patient");
        patient.setOnAction(e -> therapist.patients());
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setOnAction(e -> help.setVisible(true));
        Demo sample = Demo.shipped();
        MenuItem demo = new MenuItem("Play the demo (floor push-ups)");
        demo.setId("menu-demo");
        demo.setDisable(!sample.present());
        demo.setOnAction(e -> controller.playDemo(sample));
        menu.getItems().addAll(openVideo, demo, safety, desk, new SeparatorMenuItem(), patterns, journal, historyItem,
                remindersMenu, new SeparatorMenuItem(), recordItem, review, compare, patient, new SeparatorMenuItem(),
                shortcuts);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the pickers are as wide as their longest choice (a routine's name and time, "Accurate model"), so
        // that at 1280 pixels nothing is shortened; a file's name can be any length and shows in full in a
        // tooltip, so the source picker leaves them the room
        sourcePicker.setPrefWidth(120);
        sourcePicker.setPromptText("Camera");
        sourcePicker.setTooltip(new Tooltip());
        sourcePicker.valueProperty().addListener((o, a, b) -> sourcePicker.getTooltip().setText(b == null ? "Camera"
                : b));
        for (Control c : List.of(startButton, skipButton, restartButton, mirrorToggle, muteToggle,
                menu)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        recordingMark.setId("recording");
        recordingMark.getStyleClass().add("recording-mark");
        recordingMark.setMinWidth(Region.USE_PREF_SIZE);
        recordingMark.setVisible(false);
        recordingMark.managedProperty().bind(recordingMark.visibleProperty());
        HBox toolbar = new HBox(8, programPicker, startButton, skipButton, restartButton, recordingMark, spacer,
                sourcePicker, resolutionPicker, modelPicker, mirrorToggle, muteToggle, menu);
        toolbar.getStyleClass().add("toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);

        reminderBar.setId("reminder");
        reminderBar.getStyleClass().add("reminder-bar");
        reminderBar.setAlignment(Pos.CENTER_LEFT);
        reminderBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        reminderText.setId("reminder-text");
        reminderText.getStyleClass().add("reminder-text");
        Button remindStart = new Button("Start");
        remindStart.setId("reminder-start");
        remindStart.getStyleClass().add("primary");
        remindStart.setOnAction(e -> controller.startReminder());
        Button remindSnooze = new Button("In 10 min");
        remindSnooze.setId("reminder-snooze");
        remindSnooze.setOnAction(e -> controller.snoozeReminder());
        Button remindLater = new Button("Not now");
        remindLater.setId("reminder-dismiss");
        remindLater.setOnAction(e -> controller.dismissReminder());
        Button remindOff = new Button("Turn off");
        remindOff.setId("reminder-off");
        remindOff.setOnAction(e -> controller.turnOffReminder());
        reminderBar.getChildren().addAll(reminderText, remindStart, remindSnooze, remindLater, remindOff);
        reminderBar.setVisible(false);
        StackPane.setAlignment(reminderBar, Pos.TOP_CENTER);
        StackPane.setMargin(reminderBar, new Insets(76, 0, 0, 0));  // under the banner, never over it

        warningLine.setId("warning");
        warningLine.setWrapText(true);
        warningLine.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(warningLine, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-warning");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> controller.dismissWarning());
        warningBar.getChildren().setAll(warningLine, dismiss);
        warningBar.getStyleClass().add("warning-bar");
        warningBar.setId("warning-bar");
        warningBar.setAlignment(Pos.CENTER_LEFT);
        warningBar.setVisible(false);
        warningBar.setManaged(false);
        VBox top = new VBox(toolbar, warningBar);

        StackPane center = new StackPane(liveView, sourcePanel, safetyPanel, journalPanel, patternPanel, reminderBar,
                help);
        center.getStyleClass().add("center");

        statusLine.setId("status");
        savingLine.setId("saving");
        savingLine.getStyleClass().add("saving");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        patientLine.setId("patient");
        HBox statusBar = new HBox(8, statusLine, gap, patientLine, savingLine);
        statusBar.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(center, top, routinePanel, statusBar, null);
        root.getStyleClass().add("root-pane");
        BorderPane.setMargin(routinePanel, new Insets(0));
        return root;
    }

    private void fillPickers() {
        programPicker.getItems().setAll(controller.programs());
        programPicker.setId("program");
        programPicker.setVisibleRowCount(16);
        programPicker.valueProperty().addListener((o, a, b) -> {
            if (!binding && b != null) {
                controller.selectProgram(b.id());
            }
        });
        sourcePicker.setId("source");
        sourcePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(String spec) {
                return SessionController.sourceLabel(spec);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        sourcePicker.valueProperty().addListener((o, a, b) -> {
            if (!binding && b != null) {
                controller.selectSource(b);
            }
        });
        resolutionPicker.getItems().setAll(new Resolution(640, 480), new Resolution(1280, 720));
        resolutionPicker.setValue(resolutionPicker.getItems().get(0));
        resolutionPicker.setId("resolution");
        resolutionPicker.valueProperty().addListener((o, a, b) -> {
            if (!binding && b != null) {
                controller.selectCapture(b.request());
            }
        });
        modelPicker.getItems().setAll(MoveNetModel.values());
        modelPicker.setValue(config.model());
        modelPicker.setId("model");
        modelPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(MoveNetModel m) {
                return m == null ? "" : m == MoveNetModel.LIGHTNING ? "Fast model" : "Accurate model";
            }

            @Override
            public MoveNetModel fromString(String s) {
                return null;
            }
        });
        modelPicker.valueProperty().addListener((o, a, b) -> {
            if (!binding && b != null) {
                controller.selectModel(b);
            }
        });
    }

    // ---- life cycle ---------------------------------------------------------------------------

    /** Shows the window: the safety questions on first run, then coaching if asked to start. */
    public void show() {
        stage.setOnCloseRequest(e -> close());
        stage.show();
        timer.start();
        if (config.patient() != null) {
            controller.setPatient(config.patient());
        }
        if (config.demo()) {
            controller.openDemo(Demo.shipped(), config.model());
        } else {
            controller.open(config.program(), config.source(), config.model(), config.askSafety(), config.autoStart());
        }
    }

    /** Stops coaching, releases the models and closes the windows. */
    public void close() {
        timer.stop();
        if (normalPlace != null) {
            settings.saveWindowPlace(new WindowPlace(normalPlace.x(), normalPlace.y(), normalPlace.width(),
                    normalPlace.height(), stage.isMaximized()));
            normalPlace = null;  // once: the store closes below
        }
        controller.close();
        if (history != null) {
            history.hide();
        }
        store.close();
        deskWindow.hide();
        tones.close();
        starter.shutdownNow();
        stage.hide();
    }

    // ---- binding ------------------------------------------------------------------------------

    /** Shows a snapshot of the session: every text and control state comes from it. */
    private void render(Snapshot s) {
        Snapshot before = shown;
        shown = s;
        binding = true;
        try {
            programPicker.setValue(s.program());
            if (!sourcePicker.getItems().equals(s.sources())) {
                sourcePicker.getItems().setAll(s.sources());
            }
            sourcePicker.setValue(s.source());
            resolutionPicker.getItems().stream()
                    .filter(r -> r.width() == s.capture().width() && r.height() == s.capture().height())
                    .findFirst().ifPresent(resolutionPicker::setValue);
            modelPicker.setValue(s.model());
            mirrorToggle.setSelected(s.mirrored());
            muteToggle.setSelected(!s.muted());
        } finally {
            binding = false;
        }
        liveView.setMirrored(s.mirrored());
        muteToggle.setText(s.muted() ? "Muted" : "Sound");
        startButton.setText(s.startLabel());
        startButton.setDisable(!s.startEnabled());
        skipButton.setDisable(!s.skipEnabled());
        restartButton.setDisable(!s.restartEnabled());
        symptomButton.setDisable(!s.symptomEnabled());
        statusLine.setText(s.status());
        savingLine.setText(s.saving());
        boolean recording = s.recording() != null;
        recordingMark.setVisible(recording);
        recordItem.setText(recording ? "Stop recording" : "Record this session…");
        recordItem.setDisable(!recording && s.phase() != Phase.RUNNING && s.phase() != Phase.PAUSED);
        PatientProfile patient = s.patient();
        patientLine.setText(patient == null ? "" : "Patient " + patient.code()
                + (patient.name().isBlank() ? "" : " (" + patient.name() + ")"));
        warningLine.setText(s.warning());
        warningBar.setVisible(!s.warning().isEmpty());
        warningBar.setManaged(!s.warning().isEmpty());
        routinePanel.setRoutineName(s.panelTitle());

        boolean enteredLoading = s.phase() == Phase.LOADING && (before == null || before.phase() != Phase.LOADING);
        if (enteredLoading) {
            frames.clear();
            help.setVisible(false);
        }
        CoachView preview = s.preview();
        if (preview != null && (before == null || before.preview() != preview)) {
            routinePanel.show(preview);
        }
        SessionController.Banner banner = s.banner();
        if (banner == null) {
            liveView.clearNotice();
        } else if (banner.overPicture()) {
            liveView.showNotice(banner.text(), banner.tone());
        } else if (before == null || !banner.equals(before.banner()) || enteredLoading) {
            liveView.showMessage(banner.text(), banner.tone());
        }
        showProblem(s.problem(), before == null ? null : before.problem());
        RedFlagScreening screening = s.screening();
        if (screening != null && (before == null || before.screening() != screening)) {
            sourcePanel.hide();
            safetyPanel.ask(screening, controller::safetyAnswered);
        } else if (screening == null) {
            safetyPanel.setVisible(false);  // e.g. the demo was chosen instead
        }
        showDesk(s.desk(), before == null ? null : before.desk());
        deskWindow.setProblem(s.desk() == null ? null : s.problem());
        if (s.journal() == null) {
            journalPanel.hide();
        } else if (before == null || before.journal() != s.journal()) {
            journalPanel.show(s.journal());
        }
        reminderBar.setVisible(s.reminder() != null);
        reminderText.setText(s.reminder() == null ? "" : s.reminder().text());
        if (s.patterns() && (before == null || !before.patterns())) {
            patternPanel.show(controller.painPattern().orElse(null));
        } else if (!s.patterns()) {
            patternPanel.hide();
        }
        if (history != null && history.isShowing() && before != null && before.journal() != s.journal()) {
            history.refresh();
        }
    }

    /** Opens (or brings forward) the history window, with what is stored now. */
    void showHistory() {
        if (history == null) {
            history = new HistoryWindow(store, controller, catalog);
        }
        history.show();
    }

    HistoryWindow history() {
        return history;
    }

    private void showProblem(SessionController.Problem problem, SessionController.Problem before) {
        if (problem == null) {
            sourcePanel.hide();
            return;
        }
        if (problem.equals(before) && sourcePanel.isVisible()) {
            return;
        }
        if (problem.action() == SessionController.Problem.Action.SAFETY) {
            Button again = new Button("Safety questions…");
            again.setId("safety-again");
            again.setOnAction(e -> controller.askSafety());
            sourcePanel.show(problem.heading(), problem.detail(), again);
            return;
        }
        Button retry = new Button("Try again");
        retry.setId("try-again");
        retry.setOnAction(e -> controller.start());
        if (problem.sourceProblem()) {
            Button open = new Button("Open a video…");
            open.setId("open-video");
            open.setOnAction(e -> openVideo());
            sourcePanel.show(problem.heading(), problem.detail(), open, retry);
        } else {
            sourcePanel.show(problem.heading(), problem.detail(), retry);
        }
    }

    private void showDesk(DeskWatchModel desk, DeskWatchModel before) {
        if (desk != null && desk != before) {
            deskWindow.show(desk);
            stage.setIconified(true);
        } else if (desk == null && before != null) {
            deskWindow.hide();
            stage.setIconified(false);
            stage.toFront();
        } else if (desk != null) {
            deskWindow.refresh();
        }
    }

    /** Once per screen refresh: draws the newest analysed frame, if there is one. */
    private void drawLatest() {
        Rendered r = frames.take();
        Snapshot s = shown;
        if (r != null && s != null && !showsFrames(s.phase())) {
            return;  // a frame still on its way from a stopped session: the banner's message stays
        }
        if (r != null) {
            liveView.show(r);
            routinePanel.show(r.view());
            framesShown++;
        }
    }

    /** Whether frames are drawn in this phase (not over the safety questions, a stop or a problem). */
    private static boolean showsFrames(Phase phase) {
        return phase == Phase.LOADING || phase == Phase.RUNNING || phase == Phase.PAUSED || phase == Phase.ENDED;
    }

    /** Records the running session into a folder the user names, or stops the recording being made. */
    private void recordOrStop() {
        Snapshot s = shown;
        if (s != null && s.recording() != null) {
            controller.stopRecording();
            return;
        }
        PatientProfile patient = controller.patient();
        recordDialog.apply(stage, patient == null ? null : patient.code())
                .ifPresent(c -> controller.startRecording(c.folder(), c.role(), c.notes()));
    }

    /** Answers the recording dialog with {@code answer} instead of asking (tests). */
    void answerRecordDialog(BiFunction<Window, String, Optional<RecordDialog.Choice>> answer) {
        this.recordDialog = answer;
    }

    /** The therapist's menu items (tests answer their dialogs). */
    TherapistTools therapist() {
        return therapist;
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
            controller.openSource(file.getPath());
        }
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
            controller.startOrPause();
        } else if (code == KeyCode.N) {
            controller.skip();
        } else if (code == KeyCode.R) {
            controller.restart();
        } else if (code == KeyCode.M) {
            mirrorToggle.setSelected(!mirrorToggle.isSelected());
        } else if (code == KeyCode.S) {
            muteToggle.setSelected(!muteToggle.isSelected());
        } else if (code == KeyCode.D) {
            controller.enterDeskMode();
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

    SessionController controller() {
        return controller;
    }

    /** Whether the picture is drawn mirrored now. */
    boolean pictureMirrored() {
        return liveView.mirrored();
    }

    /** Desk mode's window (shown only in desk mode). */
    Stage deskStage() {
        return deskWindow.stage();
    }

    /** Frames analysed in the current session. */
    public long framesAnalysed() {
        return controller.framesAnalysed();
    }

    /** Frames drawn on screen in this window's life; call on the JavaFX thread. */
    public long framesShown() {
        return framesShown;
    }

    /** Whether an analysed frame waits to be drawn. */
    boolean hasUndrawnFrame() {
        return frames.hasPending();
    }

    /** Whether the current source has been read to its end. */
    public boolean sourceEnded() {
        return controller.sourceEnded();
    }
}
