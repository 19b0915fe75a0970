package org.formcoach.app;

import javafx.scene.image.Image;
import org.formcoach.app.model.CoachView;

/** One frame ready to draw: the image and what to show over and beside it. */
record Rendered(Image image, CoachView view, long frameIndex) {
}
