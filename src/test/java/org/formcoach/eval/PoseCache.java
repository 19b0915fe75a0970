package org.formcoach.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PoseEstimate;
import org.formcoach.pose.PoseEstimator;
import org.formcoach.pose.PosePoint;
import org.opencv.core.Mat;

/**
 * A development aid for tuning rules on the corpus: remembers the model's answers for one clip, call
 * by call with the crop asked for, so a rule change can be re-run in seconds. A call whose crop differs
 * from the recorded one (the crop tracking changed) asks the real model again.
 */
final class PoseCache implements PoseEstimator {

    private final Path file;
    private final Supplier<PoseEstimator> real;
    private final List<String> lines;
    private final List<String> out = new ArrayList<>();
    private int calls;
    private int misses;

    PoseCache(Path file, Supplier<PoseEstimator> real) {
        this.file = file;
        this.real = real;
        try {
            this.lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PoseEstimate estimate(Mat image, Crop crop) {
        int i = calls++;
        if (i < lines.size()) {
            String[] f = lines.get(i).split(" ");
            if (Math.abs(Double.parseDouble(f[0]) - crop.x()) < 0.01 && Math.abs(Double.parseDouble(f[1]) - crop.y()) < 0.01
                    && Math.abs(Double.parseDouble(f[2]) - crop.size()) < 0.01) {
                out.add(lines.get(i));
                List<PosePoint> points = new ArrayList<>();
                for (int k = 0; k < 17; k++) {
                    points.add(new PosePoint(Double.parseDouble(f[5 + 3 * k]), Double.parseDouble(f[6 + 3 * k]),
                            Double.parseDouble(f[7 + 3 * k])));
                }
                return new PoseEstimate(new Pose(points, Integer.parseInt(f[3]), Integer.parseInt(f[4]), crop), 0, 0, 0);
            }
        }
        misses++;
        PoseEstimate e = real.get().estimate(image, crop);
        StringBuilder b = new StringBuilder().append(crop.x()).append(' ').append(crop.y()).append(' ')
                .append(crop.size()).append(' ').append(e.pose().imageWidth()).append(' ').append(e.pose().imageHeight());
        for (PosePoint p : e.pose().points()) {
            b.append(' ').append(p.x()).append(' ').append(p.y()).append(' ').append(p.score());
        }
        out.add(b.toString());
        return e;
    }

    /** Writes what was asked this run, if anything was new. */
    void save() {
        if (misses == 0 && out.size() == lines.size()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int misses() {
        return misses;
    }

    @Override
    public String modelName() {
        return real.get().modelName();
    }

    @Override
    public int inputSize() {
        return real.get().inputSize();
    }

    @Override
    public void close() {
        save();
    }
}
