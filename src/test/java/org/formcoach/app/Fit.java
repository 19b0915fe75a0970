package org.formcoach.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a window cuts off: words shortened with "..." because there was no room for them, and
 * controls that lie (partly) outside the window. What a scroll pane holds is reachable by
 * scrolling and is not counted. Call on the JavaFX thread.
 */
final class Fit {

    private Fit() {
    }

    /** One line for each thing cut off in {@code scene}; empty when everything is whole and inside. */
    static List<String> cutOff(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), scene, found);
        return found;
    }

    private static void visit(Node node, Scene scene, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text text && !text.getText().equals(labeled.getText())) {
                found.add(describe(labeled) + " shows \"" + text.getText() + "\" of \"" + labeled.getText() + "\"");
            }
        }
        if (node instanceof Control control && !(control instanceof ScrollPane)) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                found.add(describe(control) + " lies outside the window: " + b);
            }
        }
        if (node instanceof ScrollPane) {
            return;  // what it holds is reachable by scrolling
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, found);
            }
        }
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() != null ? "#" + node.getId() : "") + text;
    }
}
