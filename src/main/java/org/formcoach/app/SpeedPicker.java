package org.formcoach.app;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.formcoach.review.ReviewModel;

/** The playback speed of the review and compare windows: 0.25× to 2×. */
final class SpeedPicker {

    private SpeedPicker() {
    }

    static ComboBox<Double> create(String id, double initial) {
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId(id);
        speed.getItems().setAll(ReviewModel.SPEEDS);
        speed.setValue(initial);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : (v == Math.rint(v) ? String.valueOf(v.intValue()) : String.valueOf(v)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        return speed;
    }
}
