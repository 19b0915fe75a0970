package org.formcoach.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.formcoach.capture.FrameSources;
import org.formcoach.recording.Manifest;

/**
 * Picks something to review or compare: a recording (by its manifest.json, which stands for its
 * folder) or any video.
 */
final class MediaChooser {

    private MediaChooser() {
    }

    /** The recording folder or video chosen, or empty when cancelled. */
    static Optional<Path> choose(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title + ": a recording (its manifest.json) or a video");
        List<String> all = new ArrayList<>(List.of(Manifest.FILE));
        List<String> videos = FrameSources.VIDEO_EXTENSIONS.stream().sorted().map(e -> "*." + e).toList();
        all.addAll(videos);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Recordings and videos", all),
                new FileChooser.ExtensionFilter("Recordings (manifest.json)", Manifest.FILE),
                new FileChooser.ExtensionFilter("Videos", videos));
        File picked = chooser.showOpenDialog(owner);
        if (picked == null) {
            return Optional.empty();
        }
        Path p = picked.toPath();
        return Optional.of(p.getFileName().toString().equals(Manifest.FILE) && p.getParent() != null
                ? p.getParent() : p);
    }
}
