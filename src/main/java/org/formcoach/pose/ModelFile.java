package org.formcoach.pose;

import java.nio.file.Path;

/** One shipped model file: its name in the models folder, its SHA-256 and its size in bytes. */
public record ModelFile(String fileName, String sha256, long size) {

    public Path in(Path modelsDirectory) {
        return modelsDirectory.resolve(fileName);
    }
}
