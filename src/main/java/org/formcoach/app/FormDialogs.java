package org.formcoach.app;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** What the window's small forms share: labelled rows, a hint under them, an action and Cancel. */
final class FormDialogs {

    private FormDialogs() {
    }

    /** A grid of labelled rows, each {label, field}, with {@code hint} across the bottom. */
    static GridPane rows(String hint, Node[]... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        for (int i = 0; i < rows.length; i++) {
            grid.addRow(i, rows[i]);
        }
        Label text = new Label(hint);
        text.setWrapText(true);
        text.setMaxWidth(560);
        grid.add(text, 0, rows.length, 2, 1);
        return grid;
    }

    /**
     * A dialog showing {@code content} whose {@code action} button (disabled while {@code disabled})
     * gives {@code result}; Cancel gives null.
     */
    static <T> Dialog<T> dialog(Window owner, String title, String header, Node content, String action,
            ObservableBooleanValue disabled, Supplier<T> result) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(CoachWindow.STYLESHEET);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(disabled);
        dialog.setResultConverter(b -> b == ok ? result.get() : null);
        return dialog;
    }
}
