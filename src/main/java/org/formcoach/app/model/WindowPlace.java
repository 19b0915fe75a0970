package org.formcoach.app.model;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window is on the screen, in screen coordinates, decorations included.
 *
 * @param maximized whether it fills the screen (x, y, width and height are then where it returns to)
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    /** The size the window opens at when it fits: room for the picture, the side panel and the controls. */
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    /** The smallest the window may become; a 1280 × 720 screen with a task bar still holds more. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    /** How much of the title bar must be on a screen for a remembered place to be used again. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 30;

    /** A screen's usable area (without the task bar), in screen coordinates. */
    public record Area(double x, double y, double width, double height) {

        boolean holdsGrip(WindowPlace p) {
            double left = Math.max(x, p.x());
            double right = Math.min(x + width, p.x() + p.width());
            double top = Math.max(y, p.y());
            double bottom = Math.min(y + height, p.y() + GRIP_HEIGHT);
            return right - left >= Math.min(GRIP_WIDTH, p.width()) && bottom - top >= GRIP_HEIGHT / 2;
        }
    }

    /**
     * Where the window opens: the {@code remembered} place when its title bar is still on one of
     * the {@code screens} (made smaller and moved in if the screen has become smaller), else the
     * preferred size, no larger than the primary screen (the first), in its middle.
     */
    public static WindowPlace choose(Optional<WindowPlace> remembered, List<Area> screens) {
        if (screens.isEmpty()) {
            return new WindowPlace(0, 0, PREFERRED_WIDTH, PREFERRED_HEIGHT, false);
        }
        if (remembered.isPresent()) {
            WindowPlace p = remembered.get();
            for (Area a : screens) {
                if (a.holdsGrip(p)) {
                    return fit(p.width(), p.height(), p.x(), p.y(), a, p.maximized());
                }
            }
        }
        Area primary = screens.get(0);
        double w = Math.min(PREFERRED_WIDTH, primary.width());
        double h = Math.min(PREFERRED_HEIGHT, primary.height());
        return fit(w, h, primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2, primary,
                remembered.map(WindowPlace::maximized).orElse(false));
    }

    private static WindowPlace fit(double width, double height, double x, double y, Area a, boolean maximized) {
        double w = Math.min(Math.max(width, Math.min(MIN_WIDTH, a.width())), a.width());
        double h = Math.min(Math.max(height, Math.min(MIN_HEIGHT, a.height())), a.height());
        double left = Math.max(a.x(), Math.min(x, a.x() + a.width() - w));
        double top = Math.max(a.y(), Math.min(y, a.y() + a.height() - h));
        return new WindowPlace(left, top, w, h, maximized);
    }
}
