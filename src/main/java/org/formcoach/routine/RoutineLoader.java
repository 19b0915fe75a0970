package org.formcoach.routine;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.OneEuroParameters;
import org.formcoach.routine.YamlTree.Entry;
import org.formcoach.routine.YamlTree.ListNode;
import org.formcoach.routine.YamlTree.Loc;
import org.formcoach.routine.YamlTree.MapNode;
import org.formcoach.routine.YamlTree.Node;
import org.formcoach.routine.YamlTree.Scalar;

/**
 * Loads a routines folder: {@code exercises/*.yaml} (one exercise each) and {@code *.yaml} (one
 * routine each, referring to exercises by id). Every problem becomes a {@link RoutineError} with the
 * file, line and column; a file with errors is left out and everything else still loads.
 */
public final class RoutineLoader {

    /** Subfolder holding the exercise files. */
    public static final String EXERCISES_DIR = "exercises";

    /**
     * The largest routine or exercise file read (1 MB; the shipped ones are a few kB). A bigger file is
     * refused before parsing: a YAML parser takes minutes on tens of megabytes, and such a file is
     * almost certainly not a routine.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final List<String> KEYPOINT_IDS = Arrays.stream(Keypoint.values()).map(Keypoint::id).toList();
    private static final Set<String> EXERCISE_FIELDS = Set.of("id", "name", "view", "instructions", "dose",
            "progression", "tracker", "rules", "timed_only", "red_flags", "smoothing");
    private static final Set<String> DOSE_FIELDS = Set.of("sets", "reps", "hold", "hold_max", "rest", "duration", "cycles");
    private static final Set<String> ROUTINE_FIELDS = Set.of("id", "name", "description", "steps");

    private final YAMLFactory yaml = YAMLFactory.builder().build();

    /** Loads everything under {@code dir}; a missing folder is reported as an error, not thrown. */
    public Catalog load(Path dir) {
        List<RoutineError> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            errors.add(new RoutineError(dir, 1, 1, "not a folder — pass a folder holding routine files and an "
                    + EXERCISES_DIR + "/ subfolder"));
            return new Catalog(Map.of(), Map.of(), errors);
        }
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        Map<String, FileCtx> exerciseFiles = new LinkedHashMap<>();
        for (Path file : yamlFiles(dir.resolve(EXERCISES_DIR), errors)) {
            FileCtx f = new FileCtx(file);
            Exercise e = f.parseRoot().map(f::readExercise).orElse(null);
            if (e != null && f.errors.isEmpty()) {
                Exercise previous = exercises.get(e.id());
                if (previous != null) {
                    f.error(f.idLoc, "duplicate exercise id '" + e.id() + "' — already used by " + previous.source()
                            + "; give this exercise another id");
                } else {
                    exercises.put(e.id(), e);
                    exerciseFiles.put(e.id(), f);
                }
            }
            errors.addAll(f.errors);
        }
        // progressions point at other exercises; check once all are known
        for (var it = exercises.values().iterator(); it.hasNext();) {
            Exercise e = it.next();
            FileCtx f = exerciseFiles.get(e.id());
            if (e.progression() != null && e.progression().next() != null
                    && !exercises.containsKey(e.progression().next())) {
                f.error(f.progressionNextLoc, "unknown exercise '" + e.progression().next()
                        + "' in progression.next — use one of " + exercises.keySet());
                errors.addAll(f.errors);
                it.remove();
            }
        }
        Map<String, Routine> routines = new LinkedHashMap<>();
        for (Path file : yamlFiles(dir, errors)) {
            FileCtx f = new FileCtx(file);
            Routine r = f.parseRoot().map(root -> f.readRoutine(root, exercises)).orElse(null);
            if (r != null && f.errors.isEmpty()) {
                Routine previous = routines.get(r.id());
                if (previous != null) {
                    f.error(f.idLoc, "duplicate routine id '" + r.id() + "' — already used by " + previous.source()
                            + "; give this routine another id");
                } else {
                    routines.put(r.id(), r);
                }
            }
            errors.addAll(f.errors);
        }
        // a posture watch's reminder names a routine; an unknown one makes the exercise invalid, and
        // with it any routine that uses it
        for (var it = exercises.values().iterator(); it.hasNext();) {
            Exercise e = it.next();
            if (e.tracker() instanceof TrackerSpec.Watch w && w.reminderRoutine() != null
                    && !routines.containsKey(w.reminderRoutine())) {
                FileCtx f = exerciseFiles.get(e.id());
                f.error(f.reminderLoc, "unknown routine '" + w.reminderRoutine() + "' in reminder_routine — use one of "
                        + String.join(", ", routines.keySet()));
                errors.add(f.errors.get(f.errors.size() - 1));
                it.remove();
                routines.values().removeIf(r -> {
                    boolean uses = r.steps().stream().anyMatch(st -> e.id().equals(st.exerciseId()));
                    if (uses) {
                        errors.add(new RoutineError(r.source(), 1, 1, "uses exercise '" + e.id()
                                + "', which has errors — fix " + e.source()));
                    }
                    return uses;
                });
            }
        }
        return new Catalog(exercises, routines, errors);
    }

    private static List<Path> yamlFiles(Path dir, List<RoutineError> errors) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(new RoutineError(dir, 1, 1, "cannot list the folder (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    /** Reading state of one file: its errors and the locations needed for cross-file checks. */
    private final class FileCtx {
        final Path file;
        final List<RoutineError> errors = new ArrayList<>();
        Loc idLoc = new Loc(1, 1);
        Loc progressionNextLoc = new Loc(1, 1);
        Loc reminderLoc = new Loc(1, 1);

        FileCtx(Path file) {
            this.file = file;
        }

        void error(Loc loc, String message) {
            errors.add(new RoutineError(file, loc.line(), loc.column(), message));
        }

        java.util.Optional<MapNode> parseRoot() {
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    error(new Loc(1, 1), String.format(Locale.ROOT, "the file is %.1f MB; a routine or exercise file"
                            + " is at most %d MB (the shipped ones are a few kB) — is this the right file?",
                            size / (1024.0 * 1024.0), MAX_FILE_BYTES / (1024 * 1024)));
                    return java.util.Optional.empty();
                }
            } catch (IOException e) {
                error(new Loc(1, 1), "cannot read the file: " + e.getMessage());
                return java.util.Optional.empty();
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Node root = YamlTree.parse(r, yaml, dup -> error(dup.keyLoc(),
                        "duplicate field '" + dup.key() + "' — keep only one of them"));
                if (root instanceof MapNode m) {
                    return java.util.Optional.of(m);
                }
                error(root.loc(), "expected a map of fields (id: ..., name: ...) at the top of the file, found "
                        + root.describe());
            } catch (YamlTree.SyntaxError e) {
                error(e.loc, e.getMessage());
            } catch (java.nio.charset.CharacterCodingException e) {
                error(new Loc(1, 1), "the file is not UTF-8 text — save it as UTF-8");
            } catch (IOException e) {
                error(new Loc(1, 1), "cannot read the file: " + e.getMessage());
            } catch (RuntimeException e) {
                // the YAML parser's own limits (nesting, aliases) end up here
                error(new Loc(1, 1), "cannot parse the file: " + e.getMessage());
            }
            return java.util.Optional.empty();
        }

        // ---- exercises ----

        Exercise readExercise(MapNode m) {
            checkFields(m, EXERCISE_FIELDS, "an exercise");
            String id = id(m, "exercise");
            String name = text(m, "name", true);
            CameraView view = enumValue(m, "view", CameraView.class, null, true);
            String instructions = text(m, "instructions", false);
            TrackerSpec tracker = tracker(map(m, "tracker", true));
            Dose dose = dose(map(m, "dose", false), Dose.NONE);
            if (tracker != null) {
                checkDose(dose, tracker, m.entry("dose") == null ? m.loc() : m.entry("dose").value().loc());
            }
            List<RuleSpec> rules = new ArrayList<>();
            Map<String, Loc> ruleIds = new LinkedHashMap<>();
            for (MapNode r : mapList(m, "rules")) {
                RuleSpec rule = rule(r);
                if (rule != null) {
                    Loc first = ruleIds.putIfAbsent(rule.id(), r.entry("id").value().loc());
                    if (first != null) {
                        error(r.entry("id").value().loc(), "duplicate rule id '" + rule.id() + "' (first at line "
                                + first.line() + ") — give each rule its own id");
                    }
                    if (rule.phase() != RepPhase.ANY && tracker != null && !(tracker instanceof TrackerSpec.Reps)) {
                        error(r.entry("phase").value().loc(), "'phase' applies only to exercises that count reps, "
                                + "this one is a " + tracker.kind() + " — remove the phase");
                    }
                    rules.add(rule);
                }
            }
            List<String> timedOnly = textList(m, "timed_only");
            List<RedFlag> flags = new ArrayList<>();
            for (MapNode f : mapList(m, "red_flags")) {
                checkFields(f, Set.of("id", "question", "urgent"), "a red flag");
                String fid = text(f, "id", true);
                String q = text(f, "question", true);
                Boolean urgent = bool(f, "urgent");
                flags.add(new RedFlag(fid, q, urgent != null && urgent));
            }
            Progression progression = null;
            MapNode pm = map(m, "progression", false);
            if (pm != null) {
                checkFields(pm, Set.of("sets", "reps", "next"), "a progression");
                Double sets = number(pm, "sets", 1, 20, true, "sets");
                Double reps = number(pm, "reps", 1, 100, true, "reps");
                String next = text(pm, "next", false);
                if (pm.entry("next") != null) {
                    progressionNextLoc = pm.entry("next").value().loc();
                }
                progression = new Progression(sets == null ? 1 : sets.intValue(), reps == null ? 1 : reps.intValue(), next);
            }
            OneEuroParameters smoothing = OneEuroParameters.DEFAULT;
            MapNode sm = map(m, "smoothing", false);
            if (sm != null) {
                // the 1€ filter on the keypoints (see OneEuroParameters): ranges a webcam can use
                checkFields(sm, Set.of("min_cutoff", "beta", "d_cutoff"), "smoothing");
                Double minCutoff = number(sm, "min_cutoff", 0.05, 30, false, "Hz");
                Double beta = number(sm, "beta", 0, 10, false, "per pixel per second");
                Double dCutoff = number(sm, "d_cutoff", 0.05, 30, false, "Hz");
                smoothing = new OneEuroParameters(minCutoff == null ? smoothing.minCutoffHz() : minCutoff,
                        beta == null ? smoothing.beta() : beta,
                        dCutoff == null ? smoothing.derivativeCutoffHz() : dCutoff);
            }
            if (!errors.isEmpty()) {
                return null;
            }
            return new Exercise(id, name, view, instructions, dose, tracker, rules, timedOnly, flags, progression,
                    smoothing, file);
        }

        TrackerSpec tracker(MapNode m) {
            if (m == null) {
                return null;
            }
            String kind = text(m, "kind", true);
            if (kind == null) {
                return null;
            }
            Loc kindLoc = m.entry("kind").value().loc();
            switch (kind) {
                case "hold" -> {
                    checkFields(m, Set.of("kind", "grace"), "a hold tracker");
                    return new TrackerSpec.Hold(numberOr(m, "grace", 0, 10, 1.0, "seconds"));
                }
                case "reps" -> {
                    checkFields(m, Set.of("kind", "angle", "top", "bottom", "min_rep_seconds", "partial_cue",
                            "tempo_cue"), "a reps tracker");
                    List<Keypoint> angle = keypoints(m, "angle", 3);
                    Double top = number(m, "top", 0, 180, true, "degrees");
                    Double bottom = number(m, "bottom", 0, 180, true, "degrees");
                    double minRep = numberOr(m, "min_rep_seconds", 0.2, 10, 1.0, "seconds");
                    String partial = text(m, "partial_cue", true);
                    String tempo = text(m, "tempo_cue", true);
                    if (top != null && bottom != null && bottom >= top - 10) {
                        error(m.entry("bottom").value().loc(), "bottom " + fmt(bottom) + " must be at least 10° below top "
                                + fmt(top) + " — a rep has to travel; lower 'bottom' or raise 'top'");
                    }
                    return angle == null || top == null || bottom == null ? null
                            : new TrackerSpec.Reps(angle, top, bottom, minRep, partial, tempo);
                }
                case "sequence" -> {
                    checkFields(m, Set.of("kind", "point", "reference", "positions", "seconds_each", "threshold",
                            "baseline_seconds"), "a sequence tracker");
                    Keypoint point = keypoint(m, "point");
                    Keypoint ref = keypoint(m, "reference");
                    Double each = number(m, "seconds_each", 1, 60, true, "seconds");
                    double threshold = numberOr(m, "threshold", 0.01, 0.5, 0.05, "body-scale units");
                    double baseline = numberOr(m, "baseline_seconds", 0.2, 10, 1.0, "seconds");
                    List<TrackerSpec.SequencePosition> positions = new ArrayList<>();
                    for (MapNode pnode : mapList(m, "positions")) {
                        checkFields(pnode, Set.of("name", "direction", "cue"), "a sequence position");
                        String name = text(pnode, "name", true);
                        TrackerSpec.Direction dir = enumValue(pnode, "direction", TrackerSpec.Direction.class, null, true);
                        String cue = text(pnode, "cue", true);
                        positions.add(new TrackerSpec.SequencePosition(name, dir, cue));
                    }
                    if (m.entry("positions") != null && positions.size() < 2) {
                        error(m.entry("positions").value().loc(), "a sequence needs at least 2 positions — list them in order");
                    } else if (m.entry("positions") == null) {
                        missing(m, "positions", "positions: [{name: elevation, direction: up, cue: ...}, ...]");
                    }
                    return point == null || ref == null || each == null ? null
                            : new TrackerSpec.Sequence(point, ref, positions, each, threshold, baseline);
                }
                case "circles" -> {
                    checkFields(m, Set.of("kind", "point", "reference", "min_radius", "directions", "cue_forward",
                            "cue_backward"), "a circles tracker");
                    Keypoint point = keypoint(m, "point");
                    Keypoint ref = keypoint(m, "reference");
                    double minRadius = numberOr(m, "min_radius", 0.005, 0.5, 0.03, "body-scale units");
                    List<TrackerSpec.CircleDirection> dirs = new ArrayList<>();
                    if (m.entry("directions") == null) {
                        missing(m, "directions", "directions: [forward, backward]");
                    }
                    for (Node n : items(m, "directions", "directions, e.g. [forward, backward]")) {
                        TrackerSpec.CircleDirection d = enumOf(n, TrackerSpec.CircleDirection.class);
                        if (d != null) {
                            dirs.add(d);
                        }
                    }
                    String cf = text(m, "cue_forward", true);
                    String cb = text(m, "cue_backward", true);
                    return point == null || ref == null ? null
                            : new TrackerSpec.Circles(point, ref, minRadius, dirs, cf, cb);
                }
                case "head-rotation" -> {
                    checkFields(m, Set.of("kind", "min_turn", "cue_left", "cue_right"), "a head-rotation tracker");
                    double minTurn = numberOr(m, "min_turn", 0.1, 1.5, 0.35, "ear-distance units");
                    return new TrackerSpec.HeadRotation(minTurn, text(m, "cue_left", true), text(m, "cue_right", true));
                }
                case "watch" -> {
                    checkFields(m, Set.of("kind", "calibration_seconds", "reminder_minutes", "reminder_routine"),
                            "a watch tracker");
                    if (m.entry("reminder_routine") != null) {
                        reminderLoc = m.entry("reminder_routine").value().loc();
                    }
                    return new TrackerSpec.Watch(numberOr(m, "calibration_seconds", 1, 120, 5, "seconds"),
                            numberOr(m, "reminder_minutes", 0, 24 * 60, 0, "minutes"),
                            text(m, "reminder_routine", false));
                }
                default -> {
                    error(kindLoc, "unknown tracker kind '" + kind
                            + "' — use one of hold, reps, sequence, circles, head-rotation, watch");
                    return null;
                }
            }
        }

        RuleSpec rule(MapNode m) {
            String id = text(m, "id", true);
            String kindText = text(m, "kind", true);
            if (kindText == null) {
                return null;
            }
            RuleKind kind = RuleKind.fromId(kindText);
            if (kind == null) {
                error(m.entry("kind").value().loc(), "unknown rule kind '" + kindText + "' — use one of "
                        + String.join(", ", RuleKind.ids()));
                return null;
            }
            Set<String> fields = new java.util.HashSet<>(Set.of("id", "kind", "points", "severity", "side", "phase",
                    "after", "hysteresis", "relative_to_neutral"));
            double lo;
            double hi;
            double defaultHysteresis;
            String unit;
            switch (kind) {
                case ALIGNMENT -> {
                    fields.addAll(List.of("max_deviation", "cue_sag", "cue_pike"));
                    lo = 0;
                    hi = 45;
                    defaultHysteresis = 3;
                    unit = "degrees";
                }
                case TILT -> {
                    fields.addAll(List.of("max_degrees", "cue"));
                    lo = 0;
                    hi = 45;
                    defaultHysteresis = 2;
                    unit = "degrees";
                }
                case OFFSET -> {
                    fields.addAll(List.of("axis", "scale", "min", "max", "cue", "cue_below", "cue_above"));
                    lo = -3;
                    hi = 3;
                    defaultHysteresis = 0.03;
                    unit = "body-scale units";
                }
                case SEGMENT_ANGLE -> {
                    fields.addAll(List.of("min", "max", "cue", "cue_below", "cue_above"));
                    lo = -180;
                    hi = 180;
                    defaultHysteresis = 3;
                    unit = "degrees";
                }
                default -> {
                    fields.addAll(List.of("min", "max", "cue", "cue_below", "cue_above"));
                    lo = 0;
                    hi = 180;
                    defaultHysteresis = 5;
                    unit = "degrees";
                }
            }
            checkFields(m, fields, (kind == RuleKind.ALIGNMENT ? "an " : "a ") + kind.id() + " rule");
            List<Keypoint> points = keypoints(m, "points", 0);
            if (points != null && !kind.acceptsPointCount(points.size())) {
                error(m.entry("points").value().loc(), "this " + kind.id() + " rule takes " + kind.pointCountText()
                        + " keypoints, found " + points.size() + " — fix the 'points' list");
            }
            Severity severity = enumValue(m, "severity", Severity.class, Severity.WARNING, false);
            Side side = enumValue(m, "side", Side.class, kind == RuleKind.TILT ? Side.AS_WRITTEN : Side.NEAR, false);
            RepPhase phase = enumValue(m, "phase", RepPhase.class, RepPhase.ANY, false);
            double after = numberOr(m, "after", 0, 3600, 0.5, "seconds");
            double hysteresis = numberOr(m, "hysteresis", 0, hi - lo, defaultHysteresis, unit);
            Boolean rel = bool(m, "relative_to_neutral");
            Double min = null;
            Double max = null;
            String below;
            String above;
            Axis axis = null;
            List<Keypoint> scale = List.of();
            if (kind == RuleKind.ALIGNMENT || kind == RuleKind.TILT) {
                String key = kind == RuleKind.ALIGNMENT ? "max_deviation" : "max_degrees";
                Double limit = number(m, key, lo, hi, true, unit);
                if (limit != null && limit <= 0) {
                    error(m.entry(key).value().loc(), key + " must be above 0 — e.g. " + key + ": 10");
                }
                max = limit;
                min = limit == null ? null : -limit;
                if (kind == RuleKind.ALIGNMENT) {
                    above = text(m, "cue_sag", true);
                    below = text(m, "cue_pike", true);
                } else {
                    above = text(m, "cue", true);
                    below = above;
                }
            } else {
                min = number(m, "min", lo, hi, false, unit);
                max = number(m, "max", lo, hi, false, unit);
                if (min == null && max == null && m.entry("min") == null && m.entry("max") == null) {
                    missing(m, "max", "min: ... and/or max: ... (" + unit + ")");
                }
                if (min != null && max != null && min >= max) {
                    error(m.entry("min").value().loc(), "min " + fmt(min) + " must be below max " + fmt(max)
                            + " — swap them or widen the range");
                }
                String cue = text(m, "cue", false);
                below = m.entry("cue_below") != null ? text(m, "cue_below", true) : cue;
                above = m.entry("cue_above") != null ? text(m, "cue_above", true) : cue;
                if ((min != null && below == null) || (max != null && above == null)) {
                    missing(m, "cue", "cue: <what to do to fix it> (or cue_below / cue_above)");
                }
                if (kind == RuleKind.OFFSET) {
                    axis = enumValue(m, "axis", Axis.class, null, true);
                    List<Keypoint> s = keypoints(m, "scale", 2);
                    scale = s == null ? List.of() : s;
                }
            }
            if (id == null || points == null) {
                return null;
            }
            return new RuleSpec(id, kind, points, axis, scale, min, max, below, above, severity, side, phase,
                    rel != null && rel, after, hysteresis);
        }

        /** Reads dose fields over {@code base}; fields not given keep the base value. */
        Dose dose(MapNode m, Dose base) {
            if (m == null) {
                return base;
            }
            checkFields(m, DOSE_FIELDS, "a dose");
            return doseFields(m, base);
        }

        Dose doseFields(MapNode m, Dose base) {
            Double sets = number(m, "sets", 1, 20, false, "sets");
            Double reps = number(m, "reps", 1, 100, false, "reps");
            Double hold = number(m, "hold", 0, 600, false, "seconds");
            if (hold != null && hold < 1) {
                error(m.entry("hold").value().loc(), "a hold of " + fmt(hold)
                        + " s is shorter than 1 s — holds need at least 1 s, e.g. hold: 15");
            }
            Double holdMax = number(m, "hold_max", 1, 600, false, "seconds");
            Double rest = number(m, "rest", 0, 600, false, "seconds");
            Double duration = number(m, "duration", 1, 24 * 3600, false, "seconds");
            Double cycles = number(m, "cycles", 1, 100, false, "cycles");
            Dose d = new Dose(sets == null ? base.sets() : sets.intValue(), reps == null ? base.reps() : reps.intValue(),
                    hold == null ? base.holdSeconds() : hold, holdMax == null ? base.holdMaxSeconds() : holdMax,
                    rest == null ? base.restSeconds() : rest, duration == null ? base.durationSeconds() : duration,
                    cycles == null ? base.cycles() : cycles.intValue());
            if (holdMax != null && d.holdMaxSeconds() < d.holdSeconds()) {
                error(m.entry("hold_max").value().loc(), "hold_max " + fmt(holdMax) + " is below hold "
                        + fmt(d.holdSeconds()) + " — hold_max is the upper end of the range");
            }
            return d;
        }

        /** The dose must give what the tracker needs. */
        void checkDose(Dose d, TrackerSpec tracker, Loc loc) {
            if (tracker instanceof TrackerSpec.Hold && d.holdSeconds() == 0) {
                // (a hold given but under 1 s is reported where it is written)
                error(loc, "missing field 'hold' — this exercise is a hold; add e.g. hold: 15");
            } else if ((tracker instanceof TrackerSpec.Reps || tracker instanceof TrackerSpec.Circles) && d.reps() < 1) {
                error(loc, "missing field 'reps' — this exercise counts repetitions; add e.g. reps: 8");
            } else if (tracker instanceof TrackerSpec.Sequence && d.cycles() < 1) {
                error(loc, "missing field 'cycles' — this exercise runs a sequence; add e.g. cycles: 6");
            } else if (tracker instanceof TrackerSpec.HeadRotation && d.durationSeconds() < 1) {
                error(loc, "missing field 'duration' — this check is timed; add e.g. duration: 30");
            }
        }

        // ---- routines ----

        Routine readRoutine(MapNode m, Map<String, Exercise> exercises) {
            checkFields(m, ROUTINE_FIELDS, "a routine");
            String id = id(m, "routine");
            String name = text(m, "name", true);
            String description = text(m, "description", false);
            List<Step> steps = new ArrayList<>();
            Entry se = m.entry("steps");
            if (se == null) {
                missing(m, "steps", "steps: [{exercise: chest-opener}, {rest: 15}]");
            }
            for (MapNode s : mapList(m, "steps")) {
                Set<String> fields = new java.util.HashSet<>(DOSE_FIELDS);
                fields.addAll(List.of("exercise", "note"));
                checkFields(s, fields, "a step");
                String note = text(s, "note", false);
                String exerciseId = text(s, "exercise", false);
                if (exerciseId == null) {
                    if (s.entry("rest") == null) {
                        missing(s, "exercise", "exercise: <id> (or rest: <seconds> for a pause)");
                        continue;
                    }
                    checkFields(s, Set.of("rest", "note"), "a rest step");
                    Double rest = number(s, "rest", 1, 600, true, "seconds");
                    if (rest != null) {
                        steps.add(Step.rest(rest, note));
                    }
                    continue;
                }
                Exercise e = exercises.get(exerciseId);
                if (e == null) {
                    error(s.entry("exercise").value().loc(), "unknown exercise '" + exerciseId + "' — use one of "
                            + String.join(", ", exercises.keySet()) + " (or fix the errors in its file)");
                    continue;
                }
                Dose d = doseFields(s, e.dose());
                checkDose(d, e.tracker(), s.loc());
                steps.add(new Step(exerciseId, d, d.restSeconds(), note));
            }
            if (se != null && steps.isEmpty() && errors.isEmpty()) {
                error(se.value().loc(), "a routine needs at least one step");
            }
            return errors.isEmpty() ? new Routine(id, name, description, steps, file) : null;
        }

        // ---- field helpers: each reports its own error and returns null on failure ----

        String id(MapNode m, String what) {
            String id = text(m, "id", true);
            if (id != null) {
                idLoc = m.entry("id").value().loc();
                if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    error(idLoc, "the " + what + " id '" + id
                            + "' must be lower-case words joined by '-', e.g. wall-pushup");
                    return null;
                }
            }
            return id;
        }

        void checkFields(MapNode m, Set<String> allowed, String what) {
            for (Entry e : m.entries().values()) {
                if (!allowed.contains(e.key())) {
                    error(e.keyLoc(), "unknown field '" + e.key() + "' in " + what + " — expected one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        void missing(MapNode m, String key, String example) {
            error(m.loc(), "missing field '" + key + "' — add " + example);
        }

        Scalar scalar(MapNode m, String key, boolean required, String example) {
            Entry e = m.entry(key);
            if (e == null || (e.value() instanceof Scalar s && s.text() == null)) {
                if (required) {
                    missing(m, key, example);
                }
                return null;
            }
            if (e.value() instanceof Scalar s) {
                return s;
            }
            error(e.value().loc(), "'" + key + "' must be a single value, found " + e.value().describe()
                    + " — write e.g. " + example);
            return null;
        }

        String text(MapNode m, String key, boolean required) {
            Scalar s = scalar(m, key, required, key + ": ...");
            return s == null ? null : s.text().strip();
        }

        Boolean bool(MapNode m, String key) {
            Scalar s = scalar(m, key, false, key + ": true");
            if (s == null) {
                return null;
            }
            if (s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE) {
                return true;
            }
            if (s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_FALSE) {
                return false;
            }
            error(s.loc(), "'" + key + "' must be true or false, found '" + s.text() + "'");
            return null;
        }

        Double number(MapNode m, String key, double lo, double hi, boolean required, String unit) {
            Scalar s = scalar(m, key, required, key + ": <number>");
            if (s == null) {
                return null;
            }
            if (!s.isNumber()) {
                error(s.loc(), "'" + key + "' must be a number (" + unit + "), found '" + s.text() + "'");
                return null;
            }
            double v;
            try {
                v = Double.parseDouble(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                error(s.loc(), "'" + key + "' must be a plain decimal number (" + unit + "), found '" + s.text() + "'");
                return null;
            }
            if (v < lo || v > hi || Double.isNaN(v)) {
                error(s.loc(), key + " " + fmt(v) + " is out of range — use a value between " + fmt(lo) + " and "
                        + fmt(hi) + " (" + unit + ")");
                return null;
            }
            return v;
        }

        double numberOr(MapNode m, String key, double lo, double hi, double fallback, String unit) {
            Double v = number(m, key, lo, hi, false, unit);
            return v == null ? fallback : v;
        }

        <E extends Enum<E>> E enumValue(MapNode m, String key, Class<E> type, E fallback, boolean required) {
            Scalar s = scalar(m, key, required, key + ": " + enumIds(type).get(0));
            return s == null ? fallback : enumOf(s, type);
        }

        <E extends Enum<E>> E enumOf(Node n, Class<E> type) {
            String text = n instanceof Scalar s && s.text() != null ? s.text().strip() : null;
            for (E c : type.getEnumConstants()) {
                if (c.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(text)) {
                    return c;
                }
            }
            error(n.loc(), "unknown value " + n.describe() + " — use one of " + String.join(", ", enumIds(type)));
            return null;
        }

        Keypoint keypoint(MapNode m, String key) {
            Scalar s = scalar(m, key, true, key + ": left_shoulder");
            return s == null ? null : keypointOf(s);
        }

        Keypoint keypointOf(Node n) {
            String text = n instanceof Scalar s ? s.text() : null;
            if (text != null && KEYPOINT_IDS.contains(text.strip())) {
                return Keypoint.fromId(text.strip());
            }
            error(n.loc(), "unknown keypoint " + n.describe() + " — use one of " + String.join(", ", KEYPOINT_IDS));
            return null;
        }

        /** A list of keypoints; {@code exactly} > 0 demands that many. Null if any is wrong. */
        List<Keypoint> keypoints(MapNode m, String key, int exactly) {
            Entry e = m.entry(key);
            if (e == null) {
                missing(m, key, key + ": [left_shoulder, left_elbow, left_wrist]");
                return null;
            }
            if (!(e.value() instanceof ListNode)) {
                items(m, key, "keypoints, e.g. [left_shoulder, left_hip]");
                return null;
            }
            List<Keypoint> out = new ArrayList<>();
            for (Node n : items(m, key, "keypoints")) {
                out.add(keypointOf(n));
            }
            if (out.contains(null)) {
                return null;
            }
            if (exactly > 0 && out.size() != exactly) {
                error(e.value().loc(), "'" + key + "' takes exactly " + exactly + " keypoints, found " + out.size());
                return null;
            }
            return out;
        }

        MapNode map(MapNode m, String key, boolean required) {
            Entry e = m.entry(key);
            if (e == null) {
                if (required) {
                    missing(m, key, key + ": {...}");
                }
                return null;
            }
            if (e.value() instanceof MapNode sub) {
                return sub;
            }
            error(e.value().loc(), "'" + key + "' must be a map of fields, found " + e.value().describe());
            return null;
        }

        /** The items of a list field: empty when it is absent, or (after an error) when it is not a list. */
        List<Node> items(MapNode m, String key, String what) {
            Entry e = m.entry(key);
            if (e == null) {
                return List.of();
            }
            if (e.value() instanceof ListNode l) {
                return l.items();
            }
            error(e.value().loc(), "'" + key + "' must be a list of " + what + ", found " + e.value().describe());
            return List.of();
        }

        List<MapNode> mapList(MapNode m, String key) {
            List<MapNode> out = new ArrayList<>();
            for (Node n : items(m, key, "maps of fields ('- ' items)")) {
                if (n instanceof MapNode sub) {
                    out.add(sub);
                } else {
                    error(n.loc(), "each item of '" + key + "' must be a map of fields, found " + n.describe());
                }
            }
            return out;
        }

        List<String> textList(MapNode m, String key) {
            List<String> out = new ArrayList<>();
            for (Node n : items(m, key, "texts")) {
                if (n instanceof Scalar s && s.text() != null) {
                    out.add(s.text().strip());
                } else {
                    error(n.loc(), "each item of '" + key + "' must be a text, found " + n.describe());
                }
            }
            return out;
        }
    }

    private static <E extends Enum<E>> List<String> enumIds(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().replace('_', '-').toLowerCase(Locale.ROOT)).toList();
    }

    private static String fmt(double v) {
        return Dose.seconds(v);
    }
}
