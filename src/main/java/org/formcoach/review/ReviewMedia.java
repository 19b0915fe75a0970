package org.formcoach.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.capture.CaptureException;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pose.PoseEstimator;
import org.formcoach.recording.EventLine;
import org.formcoach.recording.Recording;
import org.formcoach.recording.RecordingException;
import org.formcoach.recording.TrackFrame;
import org.formcoach.recording.Tracks;
import org.formcoach.routine.Exercise;
import org.opencv.core.Mat;

/**
 * Something to review, all in memory: every frame, the coach's track (keypoints, angles, cues) and
 * events of a recording, or of any video analysed once when it is opened.
 *
 * @param title      the file or folder name
 * @param exerciseId the exercise the coach evaluated
 * @param notes      the recording's notes, or null
 * @param patient    the patient the recording was made for (their code), or null
 */
public record ReviewMedia(String title, String exerciseId, int width, int height, double fps,
        List<TrackFrame> track, List<EventLine> events, FrameStore frames, String notes, String patient) {

    public ReviewMedia {
        track = List.copyOf(track);
        events = List.copyOf(events);
    }

    public int frameCount() {
        return Math.min(track.size(), frames.size());
    }

    /** The finished rep attempts. */
    public List<EventLine.Rep> reps() {
        return events.stream().filter(e -> EventLine.REP.equals(e.type()) && e.rep() != null).map(EventLine::rep)
                .toList();
    }

    /** The frame nearest to {@code t} seconds. */
    public int frameAt(double t) {
        int best = 0;
        for (int i = 0; i < frameCount(); i++) {
            if (Math.abs(track.get(i).t() - t) < Math.abs(track.get(best).t() - t)) {
                best = i;
            }
        }
        return best;
    }

    /** A recording: its frames decoded once and kept. */
    public static ReviewMedia of(Recording r) throws RecordingException {
        FrameStore store = new FrameStore();
        try (FrameSource video = FrameSources.openPath(r.video(), org.formcoach.capture.CaptureRequest.DEFAULT)) {
            while (store.size() < r.track().size()) {
                ReadResult read = video.read();
                if (read instanceof ReadResult.FrameRead f) {
                    try (var frame = f.frame()) {
                        if (!store.add(frame.image())) {
                            break;
                        }
                    }
                } else if (read.isTerminal()) {
                    break;
                }
            }
        } catch (CaptureException e) {
            throw new RecordingException(r.folder() + ": the video cannot be played (" + e.getMessage() + ")", e);
        }
        var m = r.manifest();
        return new ReviewMedia(r.folder().getFileName().toString(), m.exercise(), m.width(), m.height(), m.fps(),
                r.track(), r.events(), store, m.notes(), m.patient());
    }

    /**
     * Any video, analysed once with {@code exercise} (as fast as the model goes) so that every frame
     * has its pose and angles. {@code progress} hears the frames done.
     */
    public static ReviewMedia analyse(Path video, Exercise exercise, PoseEstimator estimator,
            java.util.function.LongConsumer progress) throws InterruptedException {
        FrameSource source = FrameSources.openPath(video, org.formcoach.capture.CaptureRequest.DEFAULT);
        var info = source.info();
        Collector collector = new Collector(progress);
        try (CoachPipeline pipeline = CoachPipeline.start(source, FrameAnalyzer.withDefaults(estimator,
                ExerciseProgram.of(exercise)), List.of(collector))) {
            pipeline.awaitEnd(java.time.Duration.ofHours(1));
        }
        return new ReviewMedia(video.getFileName().toString(), exercise.id(), info.width(), info.height(),
                info.nominalFps() > 0 ? info.nominalFps() : 30, collector.track, collector.events, collector.store,
                null, null);
    }

    /** Keeps every analysed frame: the picture, the track line and the events. */
    private static final class Collector implements CoachSink {
        final FrameStore store = new FrameStore();
        final List<TrackFrame> track = new ArrayList<>();
        final List<EventLine> events = new ArrayList<>();
        final java.util.function.LongConsumer progress;
        double t0 = Double.NaN;

        Collector(java.util.function.LongConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void onFrame(CoachFrame frame, Mat image) {
            if (Double.isNaN(t0)) {
                t0 = frame.seconds();
            }
            if (!store.add(image)) {
                return;
            }
            long n = track.size();
            double t = frame.seconds() - t0;
            track.add(Tracks.line(frame, n, t));
            events.addAll(Tracks.events(frame, n, t, t0));
            progress.accept(n + 1);
        }

        @Override
        public void onFinished(PipelineResult result) {
        }
    }
}
