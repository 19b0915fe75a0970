package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.formcoach.eval.ClipLabel;
import org.formcoach.eval.ClipRunner;
import org.formcoach.eval.ClipScore;
import org.formcoach.eval.EvalSummary;
import org.formcoach.eval.EvalTable;
import org.formcoach.eval.LabelFile;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.routine.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach eval}: how right the coach is on a folder of labelled real clips. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures how right the coach is on the labelled clips in DIR (DIR/labels.yaml).",
                "Runs every clip through the same pipeline as 'analyze' and compares with the labels: reps counted"
                        + " against the true count, fault cues against labelled fault episodes (±1 s), posture alerts"
                        + " against labelled posture segments. Prints a table and the totals: exact and off-by-one count"
                        + " accuracy, mean absolute count error, fault precision and recall.",
                "Exit code 0 when every clip is right, 3 when any is wrong, 2 for a bad corpus, 1 for a model problem."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Option(names = "--json", description = "Print the scores as one JSON document instead of the table.")
    boolean json;

    @Option(names = "--quiet", description = "No progress line on stderr.")
    boolean quiet;

    @Parameters(paramLabel = "DIR", description = "A corpus folder: clips and their labels.yaml.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabelFile labels;
        try {
            labels = LabelFile.read(dir);
        } catch (LabelFile.Invalid e) {
            err.println("formcoach eval: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Catalog catalog = routinesOption.load(err);
        List<ClipScore> scores = new ArrayList<>();
        try (MoveNetEstimator estimator = modelOption.loadForFiles()) {
            ClipRunner runner = new ClipRunner(estimator, catalog, modelOption.model.id());
            int n = 0;
            for (ClipLabel label : labels.clips()) {
                n++;
                String name = "[" + n + "/" + labels.clips().size() + "] " + label.clip();
                try {
                    scores.add(runner.score(dir, label, quiet ? null
                            : info -> new ProgressBar(err, name, info.frameCount().orElse(0), info.nominalFps())));
                } catch (ClipRunner.Failed e) {
                    err.println("formcoach eval: " + e.getMessage());
                    return ExitCode.BAD_INPUT;
                }
            }
        } catch (ModelLoadException e) {
            err.println("formcoach eval: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        EvalSummary summary = EvalSummary.of(modelOption.model.id(), scores);
        if (json) {
            out.println(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
            out.flush();
        } else {
            EvalTable.print(summary, out);
        }
        return summary.allRight() ? ExitCode.OK : ExitCode.WRONG_ON_CORPUS;
    }
}
