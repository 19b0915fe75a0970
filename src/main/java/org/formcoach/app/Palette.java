package org.formcoach.app;

import javafx.scene.paint.Color;
import org.formcoach.app.model.Tone;

/** The colours of tones, shared by the overlay, the banner and the ring. */
final class Palette {

    static final Color GOOD = Color.web("#2ecc71");
    static final Color INFO = Color.web("#3498db");
    static final Color WARNING = Color.web("#f39c12");
    static final Color ERROR = Color.web("#e74c3c");
    static final Color NEUTRAL = Color.web("#ecf0f1");

    private Palette() {
    }

    static Color of(Tone tone) {
        return switch (tone) {
            case GOOD -> GOOD;
            case INFO -> INFO;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
            case NEUTRAL -> NEUTRAL;
        };
    }

    /** CSS style class of a tone, e.g. "tone-error". */
    static String styleClass(Tone tone) {
        return "tone-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
