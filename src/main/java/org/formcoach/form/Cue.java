package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.Keypoint;
import org.formcoach.rule.Severity;

/**
 * A coaching message on screen: what to do ({@code text} names the fix), how much it matters and the
 * keypoints to highlight.
 *
 * @param id stable id: the rule id, or "position" / "view" / a tracker's cue id
 */
public record Cue(String id, String text, Severity severity, List<Keypoint> highlight) {

    public Cue {
        highlight = List.copyOf(highlight);
    }
}
