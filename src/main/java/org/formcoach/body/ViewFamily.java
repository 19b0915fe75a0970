package org.formcoach.body;

import java.util.Locale;

/** A view without its side: what a rule can name in {@code views:}. */
public enum ViewFamily {
    FRONT, THREE_QUARTER, SIDE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
