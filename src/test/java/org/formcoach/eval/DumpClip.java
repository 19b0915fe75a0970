package org.formcoach.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.formcoach.form.Measurement;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.Precision;
import org.formcoach.routine.RoutineLoader;
import org.opencv.core.Mat;

/** A development tool, not a test: prints what the engine saw on every frame of one labelled clip (cached poses). */
public final class DumpClip {

    private DumpClip() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String clip = args[1];
        MoveNetModel model = MoveNetModel.fromId(args.length > 2 ? args[2] : "lightning");
        Precision precision = Precision.valueOf(System.getProperty("precision", "FP32").toUpperCase());
        Path cache = Path.of("/tmp/formcoach-pose-cache");
        ClipLabel label = LabelFile.read(dir).clips().stream().filter(c -> c.clip().equals(clip)).findFirst()
                .orElseThrow();
        Path file = cache.resolve(model.id() + "-" + precision).resolve(clip + "-" + Files.size(dir.resolve(clip)) + ".poses");
        MoveNetEstimator[] real = new MoveNetEstimator[1];
        try (PoseCache poses = new PoseCache(file, () -> {
            if (real[0] == null) {
                real[0] = MoveNetEstimator.load(model, precision, ModelDirectory.resolve());
            }
            return real[0];
        })) {
            ClipRunner runner = new ClipRunner(poses, new RoutineLoader().load(Path.of("routines")), model.id());
            runner.analyze(dir, label, info -> new CoachSink() {
                @Override
                public void onFrame(CoachFrame f, Mat image) {
                    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%6.2f %-20s", f.seconds(),
                            f.form().view().id()));
                    for (Measurement m : f.form().measurements()) {
                        b.append(String.format(Locale.ROOT, " %s=%.2f", m.name(), m.value()));
                    }
                    if (f.form().state() instanceof TrackerState.Reps r) {
                        b.append(" ").append(r.phase()).append(" reps=").append(r.reps());
                    }
                    if (!f.form().cues().isEmpty()) {
                        b.append(" CUES[").append(f.form().cues().stream().map(c -> c.id()).collect(Collectors.joining(",")))
                                .append("]");
                    }
                    if (f.form().rep() != null) {
                        b.append(" REP ").append(f.form().rep());
                    }
                    if (f.pose() != null && args.length > 3) {
                        for (var p : f.pose().points()) {
                            b.append(String.format(Locale.ROOT, " %.0f,%.0f,%.2f", p.x(), p.y(), p.score()));
                        }
                    }
                    System.out.println(b);
                }
            });
        }
        if (real[0] != null) {
            real[0].close();
        }
    }
}
