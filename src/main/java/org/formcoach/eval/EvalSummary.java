package org.formcoach.eval;

import java.util.List;

/**
 * Totals over a corpus, as the repetition-counting literature reports counters (exact and
 * off-by-one accuracy, mean absolute count error over clips that count reps) plus the coaching:
 * fault-cue precision and recall, posture alerts.
 */
public record EvalSummary(String model, List<ClipScore> clips, int countedClips, double exactAccuracy,
        double offByOneAccuracy, double meanAbsoluteError, int faultEpisodes, int faultsFound, int faultCues,
        int falseCues, int slumps, int slumpsAlerted, int falseAlerts) {

    public EvalSummary {
        clips = List.copyOf(clips);
    }

    public static EvalSummary of(String model, List<ClipScore> clips) {
        List<ClipScore> counting = clips.stream().filter(ClipScore::countsReps).toList();
        int n = counting.size();
        double exact = n == 0 ? 1 : counting.stream().filter(c -> c.countError() == 0).count() / (double) n;
        double offByOne = n == 0 ? 1 : counting.stream().filter(c -> Math.abs(c.countError()) <= 1).count() / (double) n;
        double mae = n == 0 ? 0 : counting.stream().mapToInt(c -> Math.abs(c.countError())).average().orElse(0);
        return new EvalSummary(model, clips, n, exact, offByOne, mae,
                clips.stream().mapToInt(ClipScore::faultEpisodes).sum(), clips.stream().mapToInt(ClipScore::faultsFound).sum(),
                clips.stream().mapToInt(ClipScore::faultCues).sum(), clips.stream().mapToInt(ClipScore::falseCues).sum(),
                clips.stream().mapToInt(ClipScore::slumps).sum(), clips.stream().mapToInt(ClipScore::slumpsAlerted).sum(),
                clips.stream().mapToInt(ClipScore::falseAlerts).sum());
    }

    /** Share of fault cues that named a labelled fault; 1 when there were none. */
    public double faultPrecision() {
        return faultCues == 0 ? 1 : (faultCues - falseCues) / (double) faultCues;
    }

    /** Share of labelled fault episodes that got a matching cue; 1 when there were none. */
    public double faultRecall() {
        return faultEpisodes == 0 ? 1 : faultsFound / (double) faultEpisodes;
    }

    public boolean allRight() {
        return clips.stream().allMatch(ClipScore::allRight);
    }
}
