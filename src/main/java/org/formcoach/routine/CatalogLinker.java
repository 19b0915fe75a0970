package org.formcoach.routine;

import java.util.List;
import java.util.Map;
import org.formcoach.yaml.YamlTree;

/**
 * The checks across files, once every file is read: a progression names another exercise, and a
 * posture watch names the routine it reminds of. An exercise with a broken link is left out, and so
 * is every routine that uses it.
 */
final class CatalogLinker {

    private CatalogLinker() {
    }

    /** Drops exercises whose progression names no known exercise. */
    static void linkProgressions(Map<String, ExerciseReader.Read> exercises, List<RoutineError> errors) {
        for (var it = exercises.values().iterator(); it.hasNext();) {
            ExerciseReader.Read r = it.next();
            Progression p = r.exercise().progression();
            if (p != null && p.next() != null && !exercises.containsKey(p.next())) {
                errors.add(error(r, r.progressionNextLoc(), "unknown exercise '" + p.next()
                        + "' in progression.next — use one of " + exercises.keySet()));
                it.remove();
            }
        }
    }

    /** Drops watches whose reminder names no known routine, and the routines that use them. */
    static void linkReminders(Map<String, ExerciseReader.Read> exercises, Map<String, Routine> routines,
            List<RoutineError> errors) {
        for (var it = exercises.values().iterator(); it.hasNext();) {
            ExerciseReader.Read r = it.next();
            Exercise e = r.exercise();
            if (e.tracker() instanceof TrackerSpec.Watch w && w.reminderRoutine() != null
                    && !routines.containsKey(w.reminderRoutine())) {
                errors.add(error(r, r.reminderLoc(), "unknown routine '" + w.reminderRoutine()
                        + "' in reminder_routine — use one of " + String.join(", ", routines.keySet())));
                it.remove();
                routines.values().removeIf(routine -> {
                    boolean uses = routine.steps().stream().anyMatch(st -> e.id().equals(st.exerciseId()));
                    if (uses) {
                        errors.add(new RoutineError(routine.source(), 1, 1, "uses exercise '" + e.id()
                                + "', which has errors — fix " + e.source()));
                    }
                    return uses;
                });
            }
        }
    }

    private static RoutineError error(ExerciseReader.Read r, YamlTree.Loc loc, String message) {
        return new RoutineError(r.document().file, loc.line(), loc.column(), message);
    }

    /**
     * Drops routines whose {@code warm_up} names no known routine, or one that has a warm-up of its
     * own (a warm-up is not warmed up).
     */
    static void linkWarmUps(Map<String, RoutineReader.Read> reads, Map<String, Routine> routines,
            List<RoutineError> errors) {
        for (var it = routines.values().iterator(); it.hasNext();) {
            Routine r = it.next();
            if (r.warmUp() == null) {
                continue;
            }
            Routine warmUp = routines.get(r.warmUp());
            String problem = warmUp == null ? "unknown routine '" + r.warmUp() + "' in warm_up — use one of "
                    + String.join(", ", routines.keySet())
                    : warmUp.warmUp() != null ? "the warm-up '" + r.warmUp() + "' has a warm_up of its own — a warm-up"
                            + " routine starts at once; remove its warm_up" : null;
            if (problem != null) {
                RoutineReader.Read read = reads.get(r.id());
                errors.add(new RoutineError(r.source(), read == null ? 1 : read.warmUpLoc().line(),
                        read == null ? 1 : read.warmUpLoc().column(), problem));
                it.remove();
            }
        }
    }

    /** Reports (in the pattern's file) a suggested routine or exercise that is not in the catalog. */
    static void linkPattern(PatternReader.Read read, Map<String, Exercise> exercises, Map<String, Routine> routines,
            Map<String, PainPattern> patterns, YamlDocument doc) {
        PainPattern p = read.pattern();
        boolean ok = true;
        if (!routines.containsKey(p.routine())) {
            doc.error(read.routineLoc(), "unknown routine '" + p.routine() + "' — use one of "
                    + String.join(", ", routines.keySet()));
            ok = false;
        }
        for (String e : p.stretches()) {
            if (!exercises.containsKey(e)) {
                doc.error(read.stretchesLoc(), "unknown exercise '" + e + "' in stretches — use one of "
                        + String.join(", ", exercises.keySet()));
                ok = false;
            }
        }
        if (!ok) {
            patterns.remove(p.id());
        }
    }
}
