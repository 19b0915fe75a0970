package org.formcoach.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.formcoach.body.View;
import org.formcoach.form.Cue;
import org.formcoach.form.FormEvent;
import org.formcoach.form.RepResult;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.PipelineResult;
import org.opencv.core.Mat;

/**
 * Builds an {@link AnalysisReport} from the pipeline's frames: reps from the form engine's rep
 * results, holds from the hold timer's state, and the cue timeline from the cue events.
 */
public final class ReportBuilder implements CoachSink {

    private final String input;
    private final String exercise;
    private final String model;
    private final boolean keepFrames;
    private final List<AnalysisReport.Rep> reps = new ArrayList<>();
    private final List<AnalysisReport.Hold> holds = new ArrayList<>();
    private final List<AnalysisReport.Turn> turns = new ArrayList<>();
    private final List<AnalysisReport.CueEntry> cues = new ArrayList<>();
    private final List<AnalysisReport.FrameEntry> frames = new ArrayList<>();
    private final Map<View, Integer> views = new EnumMap<>(View.class);
    private long framesTotal;
    private long framesWithPerson;
    private double firstSeconds = Double.NaN;
    private boolean fromFirstFrame;
    private double offset;
    private double lastSeconds;
    private PipelineResult result;

    private int repNumber;

    // the hold in progress
    private Double holdStart;
    private Double breakStart;
    private final List<AnalysisReport.Break> breaks = new ArrayList<>();
    private TrackerState.Hold lastHold;
    private int holdSet;

    public ReportBuilder(String input, String exercise, String model, boolean keepFrames) {
        this.input = input;
        this.exercise = exercise;
        this.model = model;
        this.keepFrames = keepFrames;
    }

    /**
     * Times counted from the first frame, as for a camera, whose frames carry the computer's clock
     * (a video's carry their own time in the video, kept as they are).
     */
    public ReportBuilder timesFromFirstFrame() {
        fromFirstFrame = true;
        return this;
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        if (fromFirstFrame && Double.isNaN(firstSeconds)) {
            offset = frame.seconds();
        }
        double t = frame.seconds() - offset;
        framesTotal++;
        if (Double.isNaN(firstSeconds)) {
            firstSeconds = t;
        }
        lastSeconds = t;
        if (frame.personInView()) {
            framesWithPerson++;
        }
        if (frame.form().view() != View.UNKNOWN) {
            views.merge(frame.form().view(), 1, Integer::sum);
        }
        for (FormEvent e : frame.form().events()) {
            if (e.type() == FormEvent.Type.TURN_REACHED) {
                turns.add(new AnalysisReport.Turn(round(t), e.subject()));
            }
            if (e.type() == FormEvent.Type.CUE_STARTED) {
                Cue cue = frame.form().cues().stream().filter(c -> c.id().equals(e.subject())).findFirst().orElse(null);
                cues.add(new AnalysisReport.CueEntry(t, e.subject(), cue == null ? "" : cue.text(),
                        cue == null ? "" : cue.severity().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        RepResult rep = frame.form().rep();
        if (rep != null) {
            reps.add(new AnalysisReport.Rep(++repNumber, frame.set(), round(rep.startSeconds() - offset),
                    round(rep.bottomSeconds() - offset), round(rep.endSeconds() - offset), rep.signal(),
                    Double.isNaN(rep.depth()) ? null : round(rep.depth()), rep.counted(), rep.faults()));
        }
        if (frame.form().state() instanceof TrackerState.Hold h) {
            trackHold(frame, h, t);
        }
        if (keepFrames) {
            frames.add(new AnalysisReport.FrameEntry(frame.index(), t, frame.pose() == null ? null
                    : frame.pose().points().stream().map(p -> new double[] {round(p.x()), round(p.y()),
                        Math.round(p.score() * 1e4) / 1e4}).toList()));
        }
    }

    private void trackHold(CoachFrame frame, TrackerState.Hold state, double t) {
        if (lastHold != null && frame.set() != holdSet) {
            closeHold(t);  // a new set began
        }
        holdSet = frame.set();
        if (holdStart == null && state.started()) {
            holdStart = t;
        }
        if (holdStart != null) {
            if (state.paused() && breakStart == null) {
                breakStart = t;
            } else if (!state.paused() && breakStart != null) {
                breaks.add(new AnalysisReport.Break(breakStart, t));
                breakStart = null;
            }
        }
        lastHold = state;
        if (state.done() && holdStart != null) {
            closeHold(t);
        }
    }

    private void closeHold(double t) {
        if (holdStart != null && lastHold != null) {
            if (breakStart != null) {
                breaks.add(new AnalysisReport.Break(breakStart, t));
            }
            holds.add(new AnalysisReport.Hold(holdSet, holdStart, t, round(lastHold.heldSeconds()),
                    lastHold.targetSeconds(), lastHold.done(), List.copyOf(breaks)));
        }
        holdStart = null;
        breakStart = null;
        breaks.clear();
        lastHold = null;
    }

    @Override
    public void onFinished(PipelineResult result) {
        this.result = result;
    }

    /** The report of what was analysed so far; {@code interrupted} when the user stopped the analysis. */
    public AnalysisReport build(boolean interrupted) {
        closeHold(lastSeconds);
        String view = views.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT)).orElse("unknown");
        double frameStep = framesTotal > 1 ? (lastSeconds - firstSeconds) / (framesTotal - 1) : 0;
        double duration = framesTotal == 0 ? 0 : lastSeconds - firstSeconds + frameStep;
        return new AnalysisReport(input, exercise, model, framesTotal, framesWithPerson, round(duration), view,
                List.copyOf(reps), List.copyOf(holds), List.copyOf(turns), List.copyOf(cues), stoppedEarly(interrupted),
                result == null || result.capture() == null ? List.of() : result.capture().skippedFrames(),
                interrupted, keepFrames ? List.copyOf(frames) : null);
    }

    private String stoppedEarly(boolean interrupted) {
        if (interrupted) {
            return String.format(java.util.Locale.ROOT, "interrupted after %d frames (%.2f s); the rest was not"
                    + " analysed", framesTotal, Double.isNaN(firstSeconds) ? 0 : lastSeconds);
        }
        if (result == null) {
            return "the analysis did not finish";
        }
        if (result.failure().isPresent()) {
            return result.failure().get();
        }
        return switch (result.capture().reason()) {
            case END_OF_STREAM -> null;
            default -> result.capture().message();
        };
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
