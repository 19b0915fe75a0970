package org.formcoach.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.Precision;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;

/**
 * A development tool, not a test: scores a corpus folder with cached model answers, so rules can be
 * tuned in seconds. {@code java [-Dprecision=int8] ... TuneCorpus DIR [lightning|thunder] [CACHE_DIR]}. What it prints
 * is the table {@code formcoach eval} prints; the real evaluation runs the model every time.
 */
public final class TuneCorpus {

    private TuneCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        MoveNetModel model = MoveNetModel.fromId(args.length > 1 ? args[1] : "lightning");
        Precision precision = Precision.valueOf(System.getProperty("precision", "FP32").toUpperCase());
        Path cache = Path.of(args.length > 2 ? args[2] : "/tmp/formcoach-pose-cache");
        Catalog catalog = new RoutineLoader().load(Path.of("routines"));
        LabelFile labels = LabelFile.read(dir);
        MoveNetEstimator[] real = new MoveNetEstimator[1];
        List<ClipScore> scores = new ArrayList<>();
        for (ClipLabel label : labels.clips()) {
            if (args.length > 3 && !label.clip().contains(args[3])) {
                continue;
            }
            Path file = cache.resolve(model.id() + "-" + precision).resolve(label.clip() + "-" + Files.size(dir.resolve(label.clip()))
                    + ".poses");
            try (PoseCache poses = new PoseCache(file, () -> {
                if (real[0] == null) {
                    real[0] = MoveNetEstimator.load(model, precision, ModelDirectory.resolve());
                }
                return real[0];
            })) {
                scores.add(new ClipRunner(poses, catalog, model.id()).score(dir, label, null));
            }
        }
        if (real[0] != null) {
            real[0].close();
        }
        EvalTable.print(EvalSummary.of(model.id(), scores), new PrintWriter(System.out, true));
    }
}
