package org.formcoach.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A friendly panel over the video area: a heading, one line of explanation and a few buttons. Used
 * when no camera can be opened, when a file cannot be read and when the model fails to load.
 */
final class MessagePanel extends VBox {

    private final Label heading = new Label();
    private final Label detail = new Label();
    private final HBox buttons = new HBox(12);

    MessagePanel(String id) {
        setId(id);
        getStyleClass().add("message-panel");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        detail.getStyleClass().add("panel-detail");
        detail.setWrapText(true);
        detail.setId(id + "-detail");
        buttons.setAlignment(Pos.CENTER);
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setMaxSize(620, javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(heading, detail, buttons);
        setVisible(false);
    }

    /** Shows the panel with these words and buttons. */
    void show(String headingText, String detailText, Button... actions) {
        heading.setText(headingText);
        detail.setText(detailText);
        buttons.getChildren().setAll(actions);
        setVisible(true);
        if (actions.length > 0) {
            actions[0].requestFocus();
        }
    }

    void hide() {
        setVisible(false);
    }

    String detailText() {
        return detail.getText();
    }
}
