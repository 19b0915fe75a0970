package org.formcoach.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.formcoach.routine.Dose;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.Step;

/**
 * The ladder applied to the stored history: where the user is, what comes next, the offers and
 * the user's answers, and routines adapted to the current rung.
 */
public final class Progress {

    private final SessionStore store;
    private final Ladder ladder;
    private final Clock clock;

    public Progress(SessionStore store, Ladder ladder, Clock clock) {
        this.store = store;
        this.ladder = ladder;
        this.clock = clock;
    }

    public Ladder ladder() {
        return ladder;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The stored rung, or the ladder's first rung at its first dose. */
    public Rung current() {
        return store.rung(ladder.family()).orElseGet(() -> ladder.start(ladderStart().orElse(today())));
    }

    /** The sessions with sets of a ladder exercise, oldest first (one attempt per session and exercise). */
    public List<Ladder.Attempt> attempts() {
        Map<String, SessionRecord> sessions = new LinkedHashMap<>();
        store.sessions(null).forEach(s -> sessions.put(s.id(), s));
        Map<String, List<SetRecord>> bySessionAndExercise = new LinkedHashMap<>();
        for (SetRecord set : store.sets(null, false)) {
            if (ladder.contains(set.exerciseId())) {
                bySessionAndExercise.computeIfAbsent(set.sessionId() + "\n" + set.exerciseId(), k -> new ArrayList<>())
                        .add(set);
            }
        }
        List<Ladder.Attempt> out = new ArrayList<>();
        bySessionAndExercise.forEach((key, sets) -> {
            SessionRecord s = sessions.get(sets.get(0).sessionId());
            Instant at = sets.get(sets.size() - 1).endedAt();
            out.add(new Ladder.Attempt(at, s == null ? LocalDate.ofInstant(at, clock.getZone()) : s.localDate(),
                    sets.get(0).exerciseId(), sets));
        });
        out.sort(java.util.Comparator.comparing(Ladder.Attempt::at));
        return out;
    }

    /** The day of the first session on the ladder, if there was one. */
    public Optional<LocalDate> ladderStart() {
        return attempts().stream().map(Ladder.Attempt::date).min(LocalDate::compareTo);
    }

    /** What to do now, and what is needed for the next step. */
    public Ladder.Advice advice() {
        List<LadderEvent> events = store.ladderEvents(ladder.family());
        Instant lastChange = events.isEmpty() ? null : events.get(events.size() - 1).at();
        return ladder.advise(current(), attempts(), lastChange, ladderStart().orElse(today()), today());
    }

    /**
     * After a session: a dose that was earned grows at once (no question), and the advice that
     * follows is returned (an offer to show, or what is needed next).
     */
    public Ladder.Advice afterSession() {
        Ladder.Advice advice = advice();
        if (advice.kind() == Ladder.Kind.GROW) {
            change(advice, LadderEvent.Kind.DOSE);
            return advice();
        }
        return advice;
    }

    /** The user takes the offer (the next rung, or the step back). */
    public void accept(Ladder.Advice offer) {
        if (!offer.isOffer()) {
            throw new IllegalArgumentException("not an offer: " + offer.kind());
        }
        change(offer, offer.kind() == Ladder.Kind.OFFER_NEXT ? LadderEvent.Kind.MOVED_UP : LadderEvent.Kind.STEPPED_BACK);
    }

    /** The user stays where they are; the offer comes again only on new sessions that earn it. */
    public void stay(Ladder.Advice offer) {
        Rung now = offer.current();
        store.addLadderEvent(new LadderEvent(UUID.randomUUID().toString(), clock.instant(), ladder.family(),
                LadderEvent.Kind.STAYED, now.exerciseId(), now.exerciseId(), now.sets(), now.reps())).join();
    }

    private void change(Ladder.Advice advice, LadderEvent.Kind kind) {
        Rung from = advice.current();
        Rung to = advice.proposed();
        store.setRung(to, new LadderEvent(UUID.randomUUID().toString(), clock.instant(), ladder.family(), kind,
                from.exerciseId(), to.exerciseId(), to.sets(), to.reps())).join();
    }

    /**
     * The routine with its ladder steps at the current rung and dose: "wall push-up 2 × 8" in the
     * weekend session becomes, say, "chair push-up 3 × 10". Other steps stay as they are.
     */
    public Routine personalise(Routine routine, java.util.function.Function<String, Optional<Exercise>> exercises) {
        Rung rung = current();
        if (exercises.apply(rung.exerciseId()).isEmpty()) {
            return routine;
        }
        boolean changed = false;
        List<Step> steps = new ArrayList<>();
        for (Step s : routine.steps()) {
            if (!s.isRest() && ladder.contains(s.exerciseId())) {
                Dose d = s.dose();
                steps.add(new Step(rung.exerciseId(), new Dose(rung.sets(), rung.reps(), d.holdSeconds(),
                        d.holdMaxSeconds(), d.restSeconds(), d.durationSeconds(), d.cycles()), s.restSeconds(),
                        s.exerciseId().equals(rung.exerciseId()) ? s.note() : null));
                changed = true;
            } else {
                steps.add(s);
            }
        }
        return changed ? new Routine(routine.id(), routine.name(), routine.description(), steps, routine.source())
                : routine;
    }

    /** The dose for the exercise chosen on its own: the rung's when it is the current rung, else its own. */
    public Dose doseFor(Exercise exercise) {
        Rung rung = current();
        if (!exercise.id().equals(rung.exerciseId())) {
            return exercise.dose();
        }
        Dose d = exercise.dose();
        return new Dose(rung.sets(), rung.reps(), d.holdSeconds(), d.holdMaxSeconds(), d.restSeconds(),
                d.durationSeconds(), d.cycles());
    }
}
