package org.formcoach.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.formcoach.form.ExerciseEvaluator;
import org.formcoach.report.AnalysisReport;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.RuleSpec;

/**
 * Compares an analysis report with a clip's labels, as rep-counting studies do (count per clip)
 * plus the coaching: fault cues against labelled fault episodes, posture alerts against labelled
 * posture segments.
 */
public final class Scorer {

    /** A cue counts for a labelled episode when it starts within this margin of it (s). */
    public static final double CUE_TOLERANCE_SECONDS = 1.0;
    /**
     * A posture alert needs the fault to last the rule's sustain time; the smoothing of the keypoints
     * and the posture's onset add a little more. An alert later than sustain + this is missed.
     */
    public static final double ALERT_TOLERANCE_SECONDS = 3.0;

    private Scorer() {
    }

    /** @param exercise the exercise as it was run (with the clip's sustain time, if it has one) */
    public static ClipScore score(ClipLabel label, Exercise exercise, AnalysisReport report) {
        List<String> notes = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        Integer truth = null;
        Integer counted = null;
        if (exercise.tracker() instanceof TrackerSpec.Reps) {
            truth = label.reps() == null ? 0 : label.reps().count();
            counted = (int) report.reps().stream().filter(AnalysisReport.Rep::counted).count();
            if (!truth.equals(counted)) {
                notes.add("counted " + counted + " of " + truth);
            }
        }
        String labelledSide = nearSide(label.view());
        String readSide = nearSide(report.view());
        if (labelledSide != null && readSide != null && !labelledSide.equals(readSide)) {
            // the far arm and leg, partly hidden, were read instead of the near ones
            notes.add("read the " + readSide + " side as the one nearer the camera (labelled " + label.view() + ")");
        }
        if (exercise.tracker() instanceof TrackerSpec.HeadRotation) {
            for (String way : label.turns()) {
                if (report.turns().stream().noneMatch(tr -> tr.direction().equals(way))) {
                    notes.add("missed the turn to the " + way);
                }
            }
            report.turns().stream().filter(tr -> !label.turns().contains(tr.direction()))
                    .forEach(tr -> notes.add("a turn to the " + tr.direction() + " that was not made, at " + fmt(tr.t())
                            + " s"));
        }
        boolean watch = exercise.tracker() instanceof TrackerSpec.Watch;
        List<AnalysisReport.CueEntry> faultCues = watch ? List.of()
                : report.cues().stream().filter(c -> isFaultCue(exercise, c)).toList();
        if (!label.formLabelled()) {
            if (!faultCues.isEmpty()) {
                remarks.add(faultCues.size() + " fault cues not scored: the form is not labelled");
            }
            faultCues = List.of();
        }
        int found = 0;
        for (ClipLabel.Fault f : label.faults()) {
            boolean hit = faultCues.stream().anyMatch(c -> near(c.t(), f.from(), f.to()) && matches(f, c, exercise));
            found += hit ? 1 : 0;
            if (!hit) {
                notes.add("missed " + f.kind() + " at " + fmt(f.from()) + "–" + fmt(f.to()) + " s");
            }
        }
        int falseCues = 0;
        for (AnalysisReport.CueEntry c : faultCues) {
            boolean explained = label.faults().stream().anyMatch(f -> near(c.t(), f.from(), f.to()) && matches(f, c,
                    exercise));
            if (!explained) {
                falseCues++;
                notes.add("false " + c.id() + " at " + fmt(c.t()) + " s");
            }
        }
        int slumps = 0;
        int alerted = 0;
        int falseAlerts = 0;
        if (watch) {
            double after = label.after() != null ? label.after()
                    : exercise.rules().stream().mapToDouble(RuleSpec::afterSeconds).min().orElse(0);
            List<AnalysisReport.CueEntry> alerts = report.cues().stream()
                    .filter(c -> exercise.rule(c.id()).isPresent()).toList();
            for (ClipLabel.Segment s : label.posture()) {
                if (s.upright()) {
                    for (AnalysisReport.CueEntry a : alerts) {
                        if (a.t() > s.from() + CUE_TOLERANCE_SECONDS && a.t() <= s.to()) {
                            falseAlerts++;
                            notes.add("false alert " + a.id() + " at " + fmt(a.t()) + " s while upright");
                        }
                    }
                    continue;
                }
                if (s.to() - s.from() < after) {
                    remarks.add(s.state() + " at " + fmt(s.from()) + "–" + fmt(s.to())
                            + " s not scored: shorter than the sustain time");
                    continue;
                }
                slumps++;
                Optional<AnalysisReport.CueEntry> first = alerts.stream()
                        .filter(a -> a.t() >= s.from() && a.t() <= s.to() + CUE_TOLERANCE_SECONDS).findFirst();
                if (first.isPresent() && first.get().t() - s.from() <= after + ALERT_TOLERANCE_SECONDS) {
                    alerted++;
                } else {
                    notes.add(s.state() + " at " + fmt(s.from()) + "–" + fmt(s.to()) + " s "
                            + first.map(a -> "alerted late, at " + fmt(a.t()) + " s").orElse("not alerted"));
                }
            }
        }
        return new ClipScore(label.clip(), label.exercise(), label.view(), truth, counted, label.faults().size(),
                found, faultCues.size(), falseCues, slumps, alerted, falseAlerts, notes, remarks);
    }

    /**
     * "left" or "right" for a view with a side nearer the camera (a label's "side-right" or
     * "three-quarter-left", a report's "right_side"), null for the front or an unknown view.
     */
    static String nearSide(String view) {
        if (view == null) {
            return null;
        }
        return view.contains("left") ? "left" : view.contains("right") ? "right" : null;
    }

    /** Cues that name a form fault: the exercise's own rules (not info-level) and the rep counter's tempo and partial cues. */
    static boolean isFaultCue(Exercise exercise, AnalysisReport.CueEntry c) {
        if (c.id().equals(ExerciseEvaluator.CUE_TEMPO) || c.id().equals(ExerciseEvaluator.CUE_PARTIAL)) {
            return true;
        }
        return exercise.rule(c.id()).map(r -> !"info".equals(c.severity())).orElse(false);
    }

    /**
     * Whether a cue names the labelled fault. Kinds: hips-sag and hips-pike (the hip line, by the side
     * of its cue), head-poke and head-drop (the head line), shallow (a partial rep), tempo; any other
     * kind is matched by any fault cue.
     */
    static boolean matches(ClipLabel.Fault f, AnalysisReport.CueEntry c, Exercise exercise) {
        String kind = f.kind().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "hips-sag" -> c.id().equals("hip-line") && side(exercise, c).equals("above");
            case "hips-pike" -> c.id().equals("hip-line") && side(exercise, c).equals("below");
            case "head-poke", "head-drop" -> c.id().equals("head-line");
            case "shallow" -> c.id().equals(ExerciseEvaluator.CUE_PARTIAL);
            case "tempo" -> c.id().equals(ExerciseEvaluator.CUE_TEMPO);
            default -> true;
        };
    }

    /** Which limit a rule's cue speaks for: "above" (max), "below" (min) or "" when it cannot be told. */
    private static String side(Exercise exercise, AnalysisReport.CueEntry c) {
        return exercise.rule(c.id()).map(r -> c.text().equals(r.cueAbove()) ? "above"
                : c.text().equals(r.cueBelow()) ? "below" : "").orElse("");
    }

    private static boolean near(double t, double from, double to) {
        return t >= from - CUE_TOLERANCE_SECONDS && t <= to + CUE_TOLERANCE_SECONDS;
    }

    private static String fmt(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }
}
