package org.formcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.formcoach.app.AppConfig;
import org.formcoach.app.CoachApp;
import org.formcoach.app.CoachWindow;
import org.formcoach.app.PipelineEngine;
import org.formcoach.app.WindowShots;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.pose.MoveNetModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code formcoach screenshot}: opens the real window on a file, lets the pipeline analyse it and
 * saves the whole window as a PNG. Needs a display (under Xvfb on a server).
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = {"Opens the coaching window on FILE (an image or a video), lets it analyse the first frames"
                + " and saves the whole window as a PNG.",
                "Exit code 0 when the PNG was written, 2 for a bad input or OUT.png that cannot be used, 1 when the"
                        + " window could not be shown or the PNG not written."})
final class ScreenshotCommand implements Callable<Integer> {

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "Image or video to analyse.")
    Path source;

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "Exercise or routine id, e.g. wall-pushup.")
    String exerciseId;

    @Option(names = "--model", paramLabel = "lightning|thunder", defaultValue = "lightning",
            converter = ModelOption.ModelConverter.class, description = "Pose model (default: lightning).")
    MoveNetModel model;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "30",
            description = "Analysed frames to wait for before the picture is taken (default: 30; an image is shown"
                    + " as a still video at 10 frames a second).")
    int frames;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up waiting for frames after this long (default: 60).")
    double waitSeconds;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", description = "Window size (default: 1280x800).")
    String size;

    @Mixin
    RoutinesOption routinesOption;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "History to show (default: an empty one, so that a picture never shows your own data).")
    Path dataDir;

    @Option(names = "--history", description = "Save the history window (of --data-dir) instead of the coaching window.")
    boolean history;

    @Parameters(paramLabel = "OUT.png", description = "Where to write the PNG.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(source)) {
            err.println("formcoach screenshot: no such file: " + source);
            return ExitCode.BAD_INPUT;
        }
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        if (wh.length != 2 || !wh[0].matches("\\d+") || !wh[1].matches("\\d+")) {
            err.println("formcoach screenshot: --size must look like 1280x800, got " + size);
            return ExitCode.BAD_INPUT;
        }
        OutputFile png;
        try {
            png = OutputFile.forFile(out, List.of("png"));  // before the window opens
        } catch (OutputException e) {
            err.println("formcoach screenshot: " + e.getMessage());
            return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
        }
        AppConfig config = new AppConfig(routinesOption.directory(), Files.createTempDirectory("formcoach-shot"),
                source.toString(), exerciseId, model, false, true, Duration.ofMinutes(90),
                dataDir != null ? dataDir : Files.createTempDirectory("formcoach-shot-data"));
        AtomicReference<CoachWindow> opened = new AtomicReference<>();
        try {
            opened.set(CoachApp.open(config, new PipelineEngine(), w -> { }));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            err.println("formcoach screenshot: cannot open a window (" + e.getMessage() + "); run it under a display,"
                    + " e.g. xvfb-run -a ./formcoach screenshot ...");
            return ExitCode.FAILURE;
        }
        CoachWindow window = opened.get();
        try (OutputFile.Staged staged = png.stage()) {
            WindowShots.resize(window, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            boolean enough = WindowShots.awaitFrames(window, frames, Duration.ofMillis((long) (waitSeconds * 1000)));
            if (history) {
                WindowShots.saveHistoryPng(window, staged.path());
            } else {
                WindowShots.savePng(window, staged.path());
            }
            staged.commit();
            spec.commandLine().getOut().println(out + (enough ? "" : " (taken before " + frames
                    + " frames were analysed)"));
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("formcoach screenshot: cannot write " + out + " (" + e.getMessage() + ")");
            return ExitCode.FAILURE;
        } catch (OutputException e) {
            err.println("formcoach screenshot: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            WindowShots.close(window);  // the JavaFX platform ends with the process (main exits)
        }
    }
}
