package org.formcoach.routine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a routines folder: {@code exercises/*.yaml} (one exercise each), {@code *.yaml} (one
 * routine each, referring to exercises by id) and {@code patterns/*.yaml} (one pain pattern each,
 * suggesting a routine and stretches). Every problem becomes a {@link RoutineError} with the
 * file, line and column; a file with errors is left out and everything else still loads.
 *
 * <p>The work is split by job: {@link YamlDocument} parses a file and collects its errors,
 * {@link ExerciseReader}, {@link RoutineReader} and {@link PatternReader} read one document kind each (with
 * {@link TrackerReader}, {@link RuleReader} and {@link DoseReader}), and {@link CatalogLinker} checks
 * the references between files.
 */
public final class RoutineLoader {

    /** Subfolder holding the exercise files. */
    public static final String EXERCISES_DIR = "exercises";
    /** Subfolder holding the pain patterns ("Where does it bother you?"). */
    public static final String PATTERNS_DIR = "patterns";

    /**
     * The largest routine or exercise file read (1 MB; the shipped ones are a few kB). A bigger file is
     * refused before parsing: a YAML parser takes minutes on tens of megabytes, and such a file is
     * almost certainly not a routine.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /** Loads everything under {@code dir}; a missing folder is reported as an error, not thrown. */
    public Catalog load(Path dir) {
        List<RoutineError> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            errors.add(new RoutineError(dir, 1, 1, "not a folder — pass a folder holding routine files and an "
                    + EXERCISES_DIR + "/ subfolder"));
            return new Catalog(Map.of(), Map.of(), errors);
        }
        Map<String, ExerciseReader.Read> exercises = new LinkedHashMap<>();
        for (Path file : yamlFiles(dir.resolve(EXERCISES_DIR), errors)) {
            YamlDocument doc = new YamlDocument(file);
            ExerciseReader.Read read = ExerciseReader.read(doc);
            if (read != null) {
                ExerciseReader.Read previous = exercises.putIfAbsent(read.exercise().id(), read);
                if (previous != null) {
                    doc.error(read.idLoc(), "duplicate exercise id '" + read.exercise().id() + "' — already used by "
                            + previous.exercise().source() + "; give this exercise another id");
                }
            }
            errors.addAll(doc.errors);
        }
        CatalogLinker.linkProgressions(exercises, errors);
        Map<String, Routine> routines = new LinkedHashMap<>();
        Map<String, RoutineReader.Read> routineReads = new LinkedHashMap<>();
        for (Path file : yamlFiles(dir, errors)) {
            YamlDocument doc = new YamlDocument(file);
            RoutineReader.Read read = RoutineReader.read(doc, exercisesOf(exercises));
            if (read != null) {
                Routine previous = routines.putIfAbsent(read.routine().id(), read.routine());
                if (previous != null) {
                    doc.error(read.idLoc(), "duplicate routine id '" + read.routine().id() + "' — already used by "
                            + previous.source() + "; give this routine another id");
                } else {
                    routineReads.put(read.routine().id(), read);
                }
            }
            errors.addAll(doc.errors);
        }
        CatalogLinker.linkReminders(exercises, routines, errors);
        CatalogLinker.linkWarmUps(routineReads, routines, errors);
        Map<String, PainPattern> patterns = new LinkedHashMap<>();
        for (Path file : yamlFiles(dir.resolve(PATTERNS_DIR), errors)) {
            YamlDocument doc = new YamlDocument(file);
            PatternReader.Read read = PatternReader.read(doc);
            if (read != null) {
                PainPattern previous = patterns.putIfAbsent(read.pattern().id(), read.pattern());
                if (previous != null) {
                    doc.error(read.idLoc(), "duplicate pattern id '" + read.pattern().id() + "' — already used by "
                            + previous.source() + "; give this pattern another id");
                } else {
                    CatalogLinker.linkPattern(read, exercisesOf(exercises), routines, patterns, doc);
                }
            }
            errors.addAll(doc.errors);
        }
        return new Catalog(exercisesOf(exercises), routines, errors, patterns);
    }

    private static Map<String, Exercise> exercisesOf(Map<String, ExerciseReader.Read> reads) {
        return reads.values().stream().collect(Collectors.toMap(r -> r.exercise().id(), ExerciseReader.Read::exercise,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Path> yamlFiles(Path dir, List<RoutineError> errors) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            errors.add(new RoutineError(dir, 1, 1, "cannot list the folder (" + e.getMessage() + ")"));
            return List.of();
        }
    }
}
