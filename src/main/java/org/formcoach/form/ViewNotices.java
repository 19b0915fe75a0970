package org.formcoach.form;

import java.util.EnumSet;
import java.util.Set;
import org.formcoach.body.View;

/**
 * Says once per view what that view means for the exercise (which checks are off, which view is
 * best), for a few seconds, then never again for that view. One instance serves all the sets of an
 * exercise, so the notice is not repeated set after set.
 */
public final class ViewNotices {

    /** How long a notice stays up. */
    static final double SECONDS = 5;

    private final Set<View> said = EnumSet.noneOf(View.class);
    private View showing;
    private long since;

    /** Whether the notice for {@code view} is up at {@code t}: from its first appearance, for {@link #SECONDS}. */
    boolean showing(View view, long t) {
        if (view == View.UNKNOWN) {
            return false;
        }
        if (said.add(view)) {
            showing = view;
            since = t;
        }
        return view == showing && (t - since) / 1e9 < SECONDS;
    }
}
