package org.formcoach.capture;

import java.nio.file.Path;

/** The file or folder given as a source does not exist. */
public class SourceNotFoundException extends CaptureException {

    public SourceNotFoundException(Path path) {
        super("File or folder not found: " + path.toAbsolutePath()
                + " — check the path, or give a camera index such as 0.");
    }
}
