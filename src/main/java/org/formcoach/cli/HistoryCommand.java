package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.formcoach.routine.Catalog;
import org.formcoach.session.JournalEntry;
import org.formcoach.session.Ladder;
import org.formcoach.session.Progress;
import org.formcoach.session.SessionRecord;
import org.formcoach.session.SessionStore;
import org.formcoach.session.SetRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code formcoach history}: the kept sessions and sets, the ladder and the journal. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Lists the sessions FormCoach has kept, with their sets, the push-up ladder and the journal.",
            "--csv prints one line per set; --json one document with sessions (and their sets), the ladder and"
                + " the journal.",
            "Exit code: 0, 2 for a bad option, 1 when the database cannot be read."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Format {
        @Option(names = "--json", description = "one JSON document")
        boolean json;

        @Option(names = "--csv", description = "one CSV line per set")
        boolean csv;
    }

    @ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--since", paramLabel = "DATE", description = "only sessions from this day on (YYYY-MM-DD)")
    String since;

    @Mixin
    DataDirOption dataDirOption;

    @Mixin
    RoutinesOption routinesOption;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate from = null;
        if (since != null) {
            try {
                from = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                err.println("formcoach history: --since must be a date like 2026-11-02, got " + since);
                return 2;
            }
        }
        try (SessionStore store = SessionStore.open(dataDirOption.directory(), java.time.Clock.systemDefaultZone())) {
            if (!store.saving()) {
                err.println("formcoach history: " + store.problem());
                return 1;
            }
            if (store.problem() != null) {
                err.println("formcoach history: " + store.problem());
            }
            Catalog catalog = new org.formcoach.routine.RoutineLoader().load(routinesOption.directory());
            Optional<Progress> progress = Ladder.of(catalog).map(l -> new Progress(store, l, store.clock()));
            List<SessionRecord> sessions = store.sessions(from);
            List<SetRecord> sets = store.sets(from, false);
            List<JournalEntry> journal = store.journal(from);
            if (format.csv) {
                csv(out, sessions, sets);
            } else if (format.json) {
                json(out, sessions, sets, journal, progress);
            } else {
                text(out, sessions, sets, journal, progress);
            }
        }
        return 0;
    }

    private static Map<String, List<SetRecord>> bySession(List<SetRecord> sets) {
        return sets.stream().collect(Collectors.groupingBy(SetRecord::sessionId, LinkedHashMap::new, Collectors.toList()));
    }

    private static long minutes(SessionRecord s, List<SetRecord> sets) {
        return sets.isEmpty() ? 0 : Duration.between(s.startedAt(), sets.get(sets.size() - 1).endedAt()).toMinutes();
    }

    private static String faults(SetRecord set) {
        return set.faults().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static void text(PrintWriter out, List<SessionRecord> sessions, List<SetRecord> sets,
            List<JournalEntry> journal, Optional<Progress> progress) {
        Map<String, List<SetRecord>> grouped = bySession(sets);
        out.println(sessions.size() + " sessions");
        for (SessionRecord s : sessions) {
            List<SetRecord> own = grouped.getOrDefault(s.id(), List.of());
            out.printf(Locale.ROOT, "%s  %-22s %3d min  %-12s %s%n", s.localDate(), s.programId(), minutes(s, own),
                    s.endReason() == null ? "running" : s.endReason().id(), own.stream().map(HistoryCommand::describe)
                            .collect(Collectors.joining(", ")));
        }
        progress.ifPresent(p -> {
            var rung = p.current();
            out.println();
            out.println("Ladder: " + p.ladder().name(rung.exerciseId()) + ", " + rung.dose() + " since " + rung.since());
            out.println("  " + p.advice().needed());
        });
        if (!journal.isEmpty()) {
            out.println();
            out.println("Journal");
            for (JournalEntry j : journal) {
                out.println("  " + j.localDate() + "  pain " + j.pain() + "/10"
                        + (j.location().isEmpty() ? "" : ", " + j.location())
                        + (j.pattern().isEmpty() ? "" : ", " + j.pattern())
                        + (j.notes().isEmpty() ? "" : " — " + j.notes())
                        + (j.anyRedFlag() ? "  [red flag]" : ""));
            }
        }
    }

    /** e.g. "wall-pushup 8/8 (7 clean)", "chest-opener 15/15 s". */
    private static String describe(SetRecord set) {
        if (set.targetReps() > 0 || set.reps() > 0) {
            return set.exerciseId() + " " + set.reps() + "/" + set.targetReps() + " (" + set.cleanReps() + " clean)";
        }
        return String.format(Locale.ROOT, "%s %.0f/%.0f s", set.exerciseId(), set.holdSeconds(), set.targetHoldSeconds());
    }

    private static void csv(PrintWriter out, List<SessionRecord> sessions, List<SetRecord> sets) {
        Map<String, SessionRecord> byId = new LinkedHashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        out.println("date,session,program,exercise,set,target_reps,reps,clean_reps,rejected_reps,target_hold_s,hold_s,"
                + "outcome,started_at,ended_at,faults");
        for (SetRecord set : sets) {
            SessionRecord s = byId.get(set.sessionId());
            out.printf(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%d,%d,%d,%.1f,%.1f,%s,%s,%s,%s%n", s.localDate(), s.id(),
                    s.programId(), set.exerciseId(), set.setNumber(), set.targetReps(), set.reps(), set.cleanReps(),
                    set.rejectedReps(), set.targetHoldSeconds(), set.holdSeconds(), set.outcome().id(), set.startedAt(),
                    set.endedAt(), faults(set));
        }
    }

    private static void json(PrintWriter out, List<SessionRecord> sessions, List<SetRecord> sets,
            List<JournalEntry> journal, Optional<Progress> progress) throws Exception {
        ObjectMapper json = org.formcoach.session.Backup.json();
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("sessions");
        Map<String, List<SetRecord>> grouped = bySession(sets);
        for (SessionRecord s : sessions) {
            List<SetRecord> own = grouped.getOrDefault(s.id(), List.of());
            ObjectNode n = list.addObject();
            n.put("id", s.id());
            n.put("date", s.localDate().toString());
            n.put("program", s.programId());
            n.put("routine", s.routine());
            n.put("started_at", s.startedAt().toString());
            n.put("ended_at", s.endedAt() == null ? null : s.endedAt().toString());
            n.put("end_reason", s.endReason() == null ? null : s.endReason().id());
            n.put("minutes", minutes(s, own));
            ArrayNode setNodes = n.putArray("sets");
            for (SetRecord set : own) {
                ObjectNode x = setNodes.addObject();
                x.put("exercise", set.exerciseId());
                x.put("set", set.setNumber());
                x.put("target_reps", set.targetReps());
                x.put("reps", set.reps());
                x.put("clean_reps", set.cleanReps());
                x.put("rejected_reps", set.rejectedReps());
                x.put("target_hold_s", set.targetHoldSeconds());
                x.put("hold_s", set.holdSeconds());
                x.put("outcome", set.outcome().id());
                ObjectNode f = x.putObject("faults");
                set.faults().forEach(f::put);
            }
        }
        progress.ifPresent(p -> {
            var rung = p.current();
            Ladder.Advice a = p.advice();
            ObjectNode l = root.putObject("ladder");
            l.put("exercise", rung.exerciseId());
            l.put("sets", rung.sets());
            l.put("reps", rung.reps());
            l.put("since", rung.since().toString());
            l.put("advice", a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            l.put("needed", a.needed());
        });
        root.set("journal", json.valueToTree(journal));
        out.println(json.writeValueAsString(root));
    }
}
