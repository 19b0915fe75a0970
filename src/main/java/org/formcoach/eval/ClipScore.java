package org.formcoach.eval;

import java.util.List;

/**
 * How FormCoach did on one labelled clip.
 *
 * @param truthReps     full-range reps in the labels (null for clips that count nothing)
 * @param countedReps   reps FormCoach counted (null likewise)
 * @param faultEpisodes labelled fault episodes
 * @param faultsFound   of those, how many a matching cue named (within the tolerance)
 * @param faultCues     fault cues FormCoach raised
 * @param falseCues     of those, how many match no labelled episode
 * @param slumps        labelled non-upright posture segments
 * @param slumpsAlerted of those, how many got an alert in time
 * @param falseAlerts   posture alerts that started while the person sat upright
 * @param notes         what went wrong, one short phrase each (empty when all is right)
 * @param remarks       what was not scored and why (informational)
 */
public record ClipScore(String clip, String exercise, String view, Integer truthReps, Integer countedReps,
        int faultEpisodes, int faultsFound, int faultCues, int falseCues, int slumps, int slumpsAlerted,
        int falseAlerts, List<String> notes, List<String> remarks) {

    public ClipScore {
        notes = List.copyOf(notes);
        remarks = List.copyOf(remarks);
    }

    public boolean countsReps() {
        return truthReps != null;
    }

    /** Counted minus true reps; 0 for clips that count nothing. */
    public int countError() {
        return countsReps() ? countedReps - truthReps : 0;
    }

    /** Right on everything this clip labels. */
    public boolean allRight() {
        return notes.isEmpty();
    }
}
