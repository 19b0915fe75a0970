package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.capture.TestVideos;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RedFlag;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.FormCoachProcess;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The READMEs tell the truth: every {@code ./formcoach} command line they quote (in code spans and
 * code blocks) runs as written, each as its own process in a folder made for it, with the inputs it
 * names made here (videos from a real photograph). A synopsis such as {@code analyze --exercise ID
 * [--json OUT.json] INPUT} runs with every optional part and its placeholders filled in, so an
 * option that is renamed or dropped fails the build. Commands that open the window run on the
 * headless platform and must still be running, without an error, a few seconds later; the prefix
 * that provides a display on a server ({@code xvfb-run ...}) is not needed there.
 */
class ReadmeCommandsTest {

    private static final List<Path> DOCS = List.of(Path.of("README.md"), Path.of("routines", "README.md"));
    private static final Pattern CODE_BLOCK = Pattern.compile("```[^\\n]*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final String LAUNCHER = "./formcoach";
    // a guard against a hang, not a speed target: `eval` runs the whole corpus through the real model
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** How long a window command must keep running to count as having opened its window. */
    private static final long WINDOW_SECONDS = 6;

    @TempDir
    static Path workspace;

    /** Every command line quoted in {@code docs}, from {@code ./formcoach} on, without repeats. */
    static List<String> commandLines(List<String> docs) {
        Set<String> found = new LinkedHashSet<>();
        for (String doc : docs) {
            StringBuilder prose = new StringBuilder();
            Matcher block = CODE_BLOCK.matcher(doc);
            int last = 0;
            while (block.find()) {
                prose.append(doc, last, block.start());
                last = block.end();
                for (String line : block.group(1).split("\n")) {
                    if (line.strip().startsWith(LAUNCHER)) {
                        found.add(line.strip().split("\\s{2,}")[0]);  // a description may follow after two spaces
                    }
                }
            }
            prose.append(doc.substring(last));
            Matcher span = CODE_SPAN.matcher(prose);
            while (span.find()) {
                String code = span.group(1).replaceAll("\\s+", " ").strip();  // a span may wrap across lines
                int at = code.indexOf(LAUNCHER);
                if (at >= 0) {
                    found.add(code.substring(at));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The arguments of a command line with its synopsis filled in: optional parts included, the
     * first of alternatives taken, and placeholders replaced by inputs this test makes.
     */
    static List<String> arguments(String commandLine) {
        List<String> args = new ArrayList<>();
        String previous = "";
        for (String token : commandLine.substring(LAUNCHER.length()).strip().split(" ")) {
            String t = token.replace("[", "").replace("]", "");
            if (t.isEmpty()) {
                continue;
            }
            String value = switch (t) {
                case "ID" -> "wall-pushup";
                case "INPUT", "FILE", "CAMERA|FILE", "A", "B" -> "clip.avi";
                case "NEW_FOLDER" -> "new-recording";
                case "TEXT" -> "notes";
                case "BACKUP.json" -> previous.equals("import") ? "backup.json" : "my-backup.json";
                case "YYYY-MM-DD" -> "2026-11-02";
                case "IMAGE", "IMAGE..." -> "photo.png";
                case "DIR", "FOLDER" -> previous.equals("--data-dir") ? "data" : "routines";
                case "N" -> previous.equals("--threads") ? "1" : "2";
                case "SECONDS" -> "60";
                case "WxH" -> "800x600";
                case "MINUTES" -> "90";
                case "lightning|thunder", "..." -> "lightning";
                default -> t.contains("|") ? t.substring(0, t.indexOf('|')) : t;
            };
            args.add(value);
            previous = t;
        }
        return args;
    }

    private static boolean opensTheWindow(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return false;
        }
        return args.isEmpty() || args.get(0).startsWith("-") || args.get(0).equals("review")
                || (args.get(0).equals("compare") && args.contains("--window"));
    }

    @Test
    void everyCommandLineInTheReadmesWorksAsWritten() throws Exception {
        List<String> docs = new ArrayList<>();
        for (Path doc : DOCS) {
            docs.add(Files.readString(doc));
        }
        List<String> commands = commandLines(docs);
        assertTrue(commands.size() >= 14, "the READMEs quote their commands: " + commands);
        Path inputs = makeInputs(commands);
        // two at a time, each in a folder of its own: the window commands mostly wait
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                String command = commands.get(i);
                Path folder = workspace.resolve("run-" + i);
                results.add(pool.submit(() -> {
                    List<String> args = arguments(command);
                    prepare(folder, inputs, args);
                    String failure = opensTheWindow(args) ? runWindow(folder, args) : runToTheEnd(folder, args);
                    return failure == null ? null : command + "\n    " + failure;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> result : results) {
                String failure = result.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertEquals(List.of(), failures, "README commands that do not work as written");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The photo and videos the commands read, made once: clip.avi, photo.png and every video they name. */
    private static Path makeInputs(List<String> commands) throws Exception {
        Path inputs = Files.createDirectories(workspace.resolve("inputs"));
        Files.copy(TestPhotos.path("basketball1.png"), inputs.resolve("photo.png"));
        TestVideos.writeMjpegAvi(inputs.resolve("clip.avi"), 30, 320, 240, 15);
        // a backup to import: the export of an empty data folder
        assertEquals(ExitCode.OK, FormCoachCommand.newCommandLine().execute("export",
                inputs.resolve("backup.json").toString(), "--data-dir", workspace.resolve("empty-data").toString()));
        if (commands.stream().anyMatch(c -> c.contains("demo-recording"))) {
            // the recording the physiotherapist's examples use, made by the command the README shows
            assertEquals(ExitCode.OK, FormCoachCommand.newCommandLine().execute("record", "--exercise", "wall-pushup",
                    "--source", inputs.resolve("clip.avi").toString(), inputs.resolve("demo-recording").toString()));
        }
        Files.writeString(inputs.resolve("anna.yaml"), "code: P-017\nname: Anna\nthresholds:\n"
                + "  - {exercise: floor-pushup, rule: head-line, min: -20, max: 20}\n");
        for (String command : commands) {
            List<String> args = arguments(command);
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                boolean output = i > 0 && args.get(i - 1).equals("--overlay");
                if (!output && arg.matches("[\\w-]+\\.(mp4|mov|mkv|webm)") && !Files.exists(inputs.resolve(arg))) {
                    TestVideos.writeWithFfmpeg(inputs.resolve(arg), TestVideos.Spec.h264Mp4(320, 240), 30);
                }
            }
        }
        return inputs;
    }

    /**
     * A working folder as a user's checkout: the project's src/ and routines/, and the inputs, except
     * the one the command itself makes (the new folder of a recording).
     */
    private static void prepare(Path folder, Path inputs, List<String> args) throws IOException {
        String made = !args.isEmpty() && args.get(0).equals("record") ? args.get(args.size() - 1) : null;
        Files.createDirectories(folder.resolve("home"));
        Files.createSymbolicLink(folder.resolve("src"), FormCoachProcess.PROJECT.resolve("src"));
        Files.createSymbolicLink(folder.resolve("routines"), FormCoachProcess.PROJECT.resolve("routines"));
        try (java.util.stream.Stream<Path> files = Files.list(inputs)) {
            for (Path input : files.filter(f -> !f.getFileName().toString().equals(made)).toList()) {
                Files.createSymbolicLink(folder.resolve(input.getFileName()), input);
            }
        }
    }

    private static FormCoachProcess process(Path folder) throws IOException {
        // a home of its own (settings), with the runtime caches of the real one: nothing is unpacked again
        return new FormCoachProcess().in(folder)
                .option("-Duser.home=" + folder.resolve("home"))
                .option("-DDJL_CACHE_DIR=" + ai.djl.util.Utils.getCacheDir())
                .option("-Dorg.bytedeco.javacpp.cachedir=" + org.bytedeco.javacpp.Loader.getCacheDir());
    }

    /** Null when the command ends with exit code 0, a clean stderr and the files it names written. */
    private static String runToTheEnd(Path folder, List<String> args) throws Exception {
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Path p = folder.resolve(args.get(i));
            boolean named = args.get(i).matches(".+\\.(json|avi|png|html|pdf)") && !args.get(i).equals("clip.avi")
                    && !args.get(i).equals("backup.json")
                    && !args.get(i).equals("photo.png") && !(i > 0 && args.get(i - 1).equals("--source"));
            if (named) {
                if (Files.isSymbolicLink(folder.resolve(Path.of(args.get(i)).getName(0)))) {
                    return args.get(i) + " would be written into the project itself";
                }
                outputs.add(p);
            }
        }
        FormCoachProcess.Result r = process(folder).run(folder.resolve("logs"), TIMEOUT, args.toArray(String[]::new));
        if (r.exitCode() != 0) {
            return "exit code " + r.exitCode() + ": " + r.err().strip();
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception")) {
            return "errors on stderr: " + r.err().strip();
        }
        for (Path out : outputs) {
            String problem = checkOutput(out);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String checkOutput(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return file.getFileName() + " was not written";
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            new ObjectMapper().readTree(file.toFile());
        } else if (name.endsWith(".png") && ImageIO.read(file.toFile()) == null) {
            return name + " is not a picture";
        } else if (name.endsWith(".avi")) {
            try (FrameSource video = FrameSources.open(file.toString())) {
                ReadResult first = video.read();
                if (!(first instanceof ReadResult.FrameRead f)) {
                    return name + " does not play: " + first;
                }
                f.frame().close();
            }
        }
        return null;
    }

    /** Null when the window command is still running, without an error, after {@link #WINDOW_SECONDS}. */
    private static String runWindow(Path folder, List<String> args) throws Exception {
        Path logs = folder.resolve("logs");
        Process p = process(folder).start(logs, args.toArray(String[]::new));
        try {
            if (p.waitFor(WINDOW_SECONDS, TimeUnit.SECONDS)) {
                return "ended with exit code " + p.exitValue() + " instead of showing the window: "
                        + FormCoachProcess.read(logs.resolve("stderr.txt")).strip();
            }
            String err = FormCoachProcess.read(logs.resolve("stderr.txt"));
            return err.contains("\tat ") || err.contains("Exception") ? "errors on stderr: " + err.strip() : null;
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theReadmeQuotesTheSafetyQuestionsAsTheWindowAsksThem() throws IOException {
        String readme = Files.readString(DOCS.get(0)).replaceAll("\\s+", " ");
        Catalog shipped = new RoutineLoader().load(Path.of("routines"));
        List<RedFlag> questions = shipped.redFlags();
        String[] counts = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        assertTrue(readme.contains("the window asks " + counts[questions.size()] + " questions"), readme);
        for (RedFlag flag : questions) {
            assertTrue(readme.contains("\"" + flag.question() + "\""), "the README quotes: " + flag.question());
        }
    }

    @Test
    void synopsesAreFilledInWithEveryOptionalPart() {
        assertEquals(List.of("history", "--data-dir", "data"), arguments("./formcoach history [--data-dir DIR]"),
                "a data folder of its own, not the project's routines/ folder");
        assertEquals(List.of("analyze", "--exercise", "wall-pushup", "--model", "lightning", "--json", "OUT.json",
                "clip.avi"), arguments("./formcoach analyze --exercise ID [--model lightning|thunder] [--json OUT.json]"
                + " INPUT"));
        assertEquals(List.of("bench", "pose", "--model", "lightning", "--threads", "1", "photo.png"),
                arguments("./formcoach bench pose [--model ...] [--threads N] [IMAGE]"));
        assertEquals(List.of("./formcoach --help", "./formcoach routines --dir routines"),
                commandLines(List.of("```\n./formcoach --help       list the commands\n```\nsee"
                        + " `./formcoach routines\n--dir routines` and `mvn test`")));
    }
}
