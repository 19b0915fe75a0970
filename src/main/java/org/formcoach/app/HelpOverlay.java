package org.formcoach.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts, shown over the video until a key is pressed or it is clicked. */
final class HelpOverlay extends VBox {

    /** Key and what it does, in the order shown. */
    static final String[][] SHORTCUTS = {
        {"Space", "pause / resume"},
        {"N", "next: skip this set, rest or step"},
        {"R", "restart the routine"},
        {"M", "mirror the image on / off"},
        {"S", "sound on / off"},
        {"D", "desk mode"},
        {"H or F1", "show / hide this help"},
        {"Esc", "close this help"},
    };

    HelpOverlay() {
        setId("help");
        getStyleClass().add("help-overlay");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("panel-heading");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("key");
            Label what = new Label(SHORTCUTS[i][1]);
            what.getStyleClass().add("panel-detail");
            grid.addRow(i, key, what);
        }
        grid.setAlignment(Pos.CENTER);
        Label hint = new Label("Click or press Esc to close");
        hint.getStyleClass().add("hint");
        getChildren().addAll(title, grid, hint);
        setAlignment(Pos.CENTER);
        setSpacing(18);
        setMaxSize(520, javafx.scene.layout.Region.USE_PREF_SIZE);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
