package org.formcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.patient.PatientProfile;
import org.formcoach.patient.PatientYaml;
import org.formcoach.routine.Catalog;
import org.formcoach.session.PatientStore;
import org.formcoach.session.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach patient}: patient profiles with their own thresholds, and their YAML files. */
@Command(name = "patient", mixinStandardHelpOptions = true,
        description = {"Patient profiles: a name or code, notes, the routine and ladder rung assigned, and thresholds"
                + " of their own per exercise and rule, kept in FormCoach's database.",
                "  patient list | show CODE | set CODE [--name ..] [--notes ..] [--routine ID] [--rung ID]"
                        + " [--threshold EXERCISE:RULE=MIN..MAX]... | export CODE FILE.yaml | import FILE.yaml"
                        + " | delete CODE",
                "A threshold's MIN or MAX may be left empty ('..15'); '=default' removes the override.",
                "Exit code 0 when done, 2 for a bad value, an unknown patient or a bad file, 1 when the database or a"
                        + " file cannot be written."})
final class PatientCommand implements Callable<Integer> {

    private static final String NAME = "formcoach patient";

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, show, set, export, import or delete.")
    String action;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "The patient's code, or the file.")
    List<String> args = List.of();

    @Option(names = "--name", paramLabel = "TEXT") String name;

    @Option(names = "--notes", paramLabel = "TEXT") String notes;

    @Option(names = "--routine", paramLabel = "ID") String routine;

    @Option(names = "--rung", paramLabel = "ID") String rung;

    @Option(names = "--threshold", paramLabel = "EXERCISE:RULE=MIN..MAX",
            description = "A rule's allowed range for this patient, e.g. floor-pushup:hip-line=-18..30.")
    List<String> thresholds = List.of();

    @Mixin
    DataDirOption dataDir;

    @Mixin
    RoutinesOption routinesOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int needed = switch (action) {
            case "list" -> 0;
            case "show", "set", "delete", "import" -> 1;
            case "export" -> 2;
            default -> -1;
        };
        if (needed < 0) {
            err.println(NAME + ": unknown action '" + action + "' (list, show, set, export, import or delete)");
            return ExitCode.BAD_INPUT;
        }
        if (args.size() != needed) {
            err.println(NAME + " " + action + ": expected " + (needed == 1 ? action.equals("import") ? "FILE.yaml"
                    : "the patient's CODE" : needed == 2 ? "CODE FILE.yaml" : "nothing") + " after '" + action + "'");
            return ExitCode.BAD_INPUT;
        }
        Catalog catalog = routinesOption.load(err);
        OutputFile exportFile = null;
        if (action.equals("export")) {
            try {
                exportFile = OutputFile.forFile(Path.of(args.get(1)), List.of("yaml", "yml"));
            } catch (OutputException e) {
                err.println(NAME + " export: " + e.getMessage());
                return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
            }
        }
        try (PatientStore store = PatientStore.open(dataDir.directory(), Clock.systemUTC())) {
            switch (action) {
                case "list" -> {
                    List<PatientProfile> all = store.list();
                    if (all.isEmpty()) {
                        out.println("no patients yet: add one with 'formcoach patient set CODE --name NAME'");
                    }
                    for (PatientProfile p : all) {
                        out.printf("%-12s %-20s %d threshold(s)%s%n", p.code(), p.name(), p.thresholds().size(),
                                p.rung().isEmpty() ? "" : ", rung " + p.rung());
                    }
                    return ExitCode.OK;
                }
                case "show" -> {
                    Optional<PatientProfile> p = store.get(args.get(0));
                    if (p.isEmpty()) {
                        return unknown(err, args.get(0));
                    }
                    out.print(PatientYaml.write(p.get()));
                    return ExitCode.OK;
                }
                case "delete" -> {
                    if (!store.delete(args.get(0))) {
                        return unknown(err, args.get(0));
                    }
                    out.println("deleted " + args.get(0));
                    return ExitCode.OK;
                }
                case "export" -> {
                    Optional<PatientProfile> p = store.get(args.get(0));
                    if (p.isEmpty()) {
                        exportFile.close();
                        return unknown(err, args.get(0));
                    }
                    exportFile.writeString(PatientYaml.write(p.get()));
                    out.println("wrote " + args.get(1));
                    return ExitCode.OK;
                }
                case "import" -> {
                    Path file = Path.of(args.get(0));
                    if (!Files.isRegularFile(file) || Files.size(file) > PatientYaml.MAX_BYTES) {
                        err.println(NAME + " import: " + file + (Files.isRegularFile(file) ? " is over 1 MB; a"
                                + " patient file is a few hundred bytes" : " is not a file"));
                        return ExitCode.BAD_INPUT;
                    }
                    PatientProfile p;
                    try {
                        p = PatientYaml.read(Files.readString(file), catalog);
                    } catch (IllegalArgumentException e) {
                        err.println(NAME + " import: " + file + ": " + e.getMessage());
                        return ExitCode.BAD_INPUT;
                    }
                    store.save(p);
                    out.println("imported " + p.code());
                    return ExitCode.OK;
                }
                default -> {
                    return set(store, catalog, out, err);
                }
            }
        } catch (StoreException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println(NAME + ": cannot read " + args.get(0) + " (" + e.getMessage() + ")");
            return ExitCode.BAD_INPUT;
        }
    }

    private int set(PatientStore store, Catalog catalog, PrintWriter out, PrintWriter err) throws StoreException {
        String code = args.get(0);
        PatientProfile p;
        try {
            p = store.get(code).orElse(new PatientProfile(code, "", "", "", "", List.of()));
        } catch (IllegalArgumentException e) {
            err.println(NAME + " set: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        p = p.withDetails(name != null ? name : p.name(), notes != null ? notes : p.notes(),
                routine != null ? routine : p.routine(), rung != null ? rung : p.rung());
        if (!p.routine().isEmpty() && catalog.routine(p.routine()).isEmpty() && catalog.exercise(p.routine()).isEmpty()) {
            err.println(NAME + " set: no routine or exercise '" + p.routine() + "' (see 'formcoach routines')");
            return ExitCode.BAD_INPUT;
        }
        if (!p.rung().isEmpty() && catalog.exercise(p.rung()).isEmpty()) {
            err.println(NAME + " set: no exercise '" + p.rung() + "' for the rung (see 'formcoach routines')");
            return ExitCode.BAD_INPUT;
        }
        for (String t : thresholds) {
            try {
                p = applyThreshold(p, t, catalog);
            } catch (IllegalArgumentException e) {
                err.println(NAME + " set: --threshold " + t + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        store.save(p);
        out.println("saved " + p.code());
        return ExitCode.OK;
    }

    /** "floor-pushup:hip-line=-18..30" (or "..30", "-18..", "default"). */
    static PatientProfile applyThreshold(PatientProfile p, String spec, Catalog catalog) {
        int colon = spec.indexOf(':');
        int eq = spec.indexOf('=');
        if (colon <= 0 || eq < colon) {
            throw new IllegalArgumentException("write it as EXERCISE:RULE=MIN..MAX, e.g. floor-pushup:hip-line=-18..30");
        }
        String exercise = spec.substring(0, colon);
        String rule = spec.substring(colon + 1, eq);
        String range = spec.substring(eq + 1).strip();
        var e = catalog.exercise(exercise).orElseThrow(() -> new IllegalArgumentException("no exercise '" + exercise
                + "'"));
        var r = e.rule(rule).orElseThrow(() -> new IllegalArgumentException("exercise " + exercise + " has no rule '"
                + rule + "' (its rules: " + String.join(", ", e.rules().stream().map(x -> x.id()).toList()) + ")"));
        if (range.equals("default")) {
            return p.withThreshold(exercise, rule, null, null);
        }
        int dots = range.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("give the range as MIN..MAX, e.g. -18..30 (or ..30, -18..)");
        }
        Double min = number(range.substring(0, dots));
        Double max = number(range.substring(dots + 2));
        r.withRange(min, max);  // an empty range is refused here
        return p.withThreshold(exercise, rule, min, max);
    }

    private static Double number(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
    }

    private static int unknown(PrintWriter err, String code) {
        err.println(NAME + ": no patient '" + code + "' (see 'formcoach patient list')");
        return ExitCode.BAD_INPUT;
    }
}
