package org.formcoach.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.formcoach.pose.Keypoint;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;
import org.formcoach.yaml.YamlTree.Node;

/** Reads an exercise's {@code tracker:}: one {@link TrackerSpec} kind with its fields. */
final class TrackerReader {

    static final List<String> KINDS = List.of("hold", "reps", "sequence", "circles", "head-rotation", "watch",
            "arm-opening");

    private final FieldReader in;
    /** Where {@code reminder_routine} is written, for the linker's message. */
    Loc reminderLoc;

    TrackerReader(FieldReader in) {
        this.in = in;
    }

    TrackerSpec read(MapNode m) {
        if (m == null) {
            return null;
        }
        String kind = in.text(m, "kind", true);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "hold" -> hold(m);
            case "reps" -> reps(m);
            case "sequence" -> sequence(m);
            case "circles" -> circles(m);
            case "head-rotation" -> headRotation(m);
            case "watch" -> watch(m);
            case "arm-opening" -> armOpening(m);
            default -> {
                in.error(m.entry("kind").value().loc(), "unknown tracker kind '" + kind + "' — use one of "
                        + String.join(", ", KINDS));
                yield null;
            }
        };
    }

    private TrackerSpec hold(MapNode m) {
        in.checkFields(m, Set.of("kind", "grace"), "a hold tracker");
        return new TrackerSpec.Hold(in.numberOr(m, "grace", 0, 10, 1.0, "seconds"));
    }

    private TrackerSpec reps(MapNode m) {
        in.checkFields(m, Set.of("kind", "angle", "top", "bottom", "reach", "min_rep_seconds", "partial_cue",
                "tempo_cue", "rep_seconds"), "a reps tracker");
        List<Keypoint> angle = in.keypoints(m, "angle", 3);
        Double top = in.number(m, "top", 0, 180, true, "degrees");
        Double bottom = in.number(m, "bottom", 0, 180, true, "degrees");
        double minRep = in.numberOr(m, "min_rep_seconds", 0.2, 10, 1.0, "seconds");
        double pace = in.numberOr(m, "rep_seconds", 0.5, 60, TrackerSpec.Reps.DEFAULT_REP_SECONDS, "seconds");
        String partial = in.text(m, "partial_cue", true);
        String tempo = in.text(m, "tempo_cue", true);
        if (top != null && bottom != null && bottom >= top - 10) {
            in.error(m.entry("bottom").value().loc(), "bottom " + FieldReader.fmt(bottom)
                    + " must be at least 10° below top " + FieldReader.fmt(top)
                    + " — a rep has to travel; lower 'bottom' or raise 'top'");
        }
        TrackerSpec.Reach reach = null;
        MapNode rm = in.map(m, "reach", false);
        if (rm != null) {
            in.checkFields(rm, Set.of("top", "bottom"), "a reach");
            Double rTop = in.number(rm, "top", 0.1, 1.5, true, "arm lengths");
            Double rBottom = in.number(rm, "bottom", 0, 1.5, true, "arm lengths");
            if (rTop != null && rBottom != null && rBottom >= rTop - 0.05) {
                in.error(rm.entry("bottom").value().loc(), "reach bottom " + FieldReader.fmt(rBottom)
                        + " must be at least 0.05 below its top " + FieldReader.fmt(rTop));
            } else if (rTop != null && rBottom != null) {
                reach = new TrackerSpec.Reach(rTop, rBottom);
            }
        }
        return angle == null || top == null || bottom == null ? null
                : new TrackerSpec.Reps(angle, top, bottom, reach, minRep, partial, tempo, pace);
    }

    private TrackerSpec sequence(MapNode m) {
        in.checkFields(m, Set.of("kind", "point", "reference", "positions", "seconds_each", "threshold",
                "baseline_seconds"), "a sequence tracker");
        Keypoint point = in.keypoint(m, "point");
        Keypoint ref = in.keypoint(m, "reference");
        Double each = in.number(m, "seconds_each", 1, 60, true, "seconds");
        double threshold = in.numberOr(m, "threshold", 0.01, 0.5, 0.05, "body-scale units");
        double baseline = in.numberOr(m, "baseline_seconds", 0.2, 10, 1.0, "seconds");
        List<TrackerSpec.SequencePosition> positions = new ArrayList<>();
        for (MapNode p : in.mapList(m, "positions")) {
            in.checkFields(p, Set.of("name", "direction", "cue"), "a sequence position");
            String name = in.text(p, "name", true);
            TrackerSpec.Direction dir = in.enumValue(p, "direction", TrackerSpec.Direction.class, null, true);
            String cue = in.text(p, "cue", true);
            positions.add(new TrackerSpec.SequencePosition(name, dir, cue));
        }
        if (m.entry("positions") != null && positions.size() < 2) {
            in.error(m.entry("positions").value().loc(), "a sequence needs at least 2 positions — list them in order");
        } else if (m.entry("positions") == null) {
            in.missing(m, "positions", "positions: [{name: elevation, direction: up, cue: ...}, ...]");
        }
        return point == null || ref == null || each == null ? null
                : new TrackerSpec.Sequence(point, ref, positions, each, threshold, baseline);
    }

    private TrackerSpec circles(MapNode m) {
        in.checkFields(m, Set.of("kind", "point", "reference", "min_radius", "directions", "cue_forward",
                "cue_backward", "circle_seconds"), "a circles tracker");
        Keypoint point = in.keypoint(m, "point");
        Keypoint ref = in.keypoint(m, "reference");
        double minRadius = in.numberOr(m, "min_radius", 0.005, 0.5, 0.03, "body-scale units");
        List<TrackerSpec.CircleDirection> dirs = new ArrayList<>();
        if (m.entry("directions") == null) {
            in.missing(m, "directions", "directions: [forward, backward]");
        }
        for (Node n : in.items(m, "directions", "directions, e.g. [forward, backward]")) {
            TrackerSpec.CircleDirection d = in.enumOf(n, TrackerSpec.CircleDirection.class);
            if (d != null) {
                dirs.add(d);
            }
        }
        String cf = in.text(m, "cue_forward", true);
        String cb = in.text(m, "cue_backward", true);
        double pace = in.numberOr(m, "circle_seconds", 0.5, 60, TrackerSpec.Circles.DEFAULT_CIRCLE_SECONDS, "seconds");
        return point == null || ref == null ? null
                : new TrackerSpec.Circles(point, ref, minRadius, dirs, cf, cb, pace);
    }

    private TrackerSpec headRotation(MapNode m) {
        in.checkFields(m, Set.of("kind", "min_turn", "cue_left", "cue_right"), "a head-rotation tracker");
        double minTurn = in.numberOr(m, "min_turn", 0.1, 1.5, 0.35, "ear-distance units");
        return new TrackerSpec.HeadRotation(minTurn, in.text(m, "cue_left", true), in.text(m, "cue_right", true));
    }

    private TrackerSpec watch(MapNode m) {
        in.checkFields(m, Set.of("kind", "calibration_seconds", "reminder_minutes", "reminder_routine",
                "frames_per_second"), "a watch tracker");
        if (m.entry("reminder_routine") != null) {
            reminderLoc = m.entry("reminder_routine").value().loc();
        }
        return new TrackerSpec.Watch(in.numberOr(m, "calibration_seconds", 1, 120, 5, "seconds"),
                in.numberOr(m, "reminder_minutes", 0, 24 * 60, 0, "minutes"), in.text(m, "reminder_routine", false),
                in.numberOr(m, "frames_per_second", 0, 60, 0, "frames a second"));
    }

    private TrackerSpec armOpening(MapNode m) {
        in.checkFields(m, Set.of("kind", "closed", "open", "min_rotation_seconds", "rotation_seconds", "partial_cue",
                "tempo_cue", "switch_cue"), "an arm-opening tracker");
        Double closed = in.number(m, "closed", 0, 2, true, "arm lengths");
        Double open = in.number(m, "open", 0.1, 3, true, "arm lengths");
        double minSeconds = in.numberOr(m, "min_rotation_seconds", 0.2, 20, 1.0, "seconds");
        Double pace = in.number(m, "rotation_seconds", 0.5, 60, true, "seconds");
        String partial = in.text(m, "partial_cue", true);
        String tempo = in.text(m, "tempo_cue", true);
        String sw = in.text(m, "switch_cue", true);
        if (closed != null && open != null && open < closed + 0.2) {
            in.error(m.entry("open").value().loc(), "open " + FieldReader.fmt(open) + " must be at least 0.2 above "
                    + "closed " + FieldReader.fmt(closed) + " — a rotation has to travel");
            return null;
        }
        return closed == null || open == null || pace == null ? null
                : new TrackerSpec.ArmOpening(closed, open, minSeconds, pace, partial, tempo, sw);
    }
}
