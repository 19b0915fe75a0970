package org.formcoach.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The process's standard output for the commands. {@code System.out} and {@link PrintWriter} swallow
 * write errors; this stream remembers the first one (a full disk, a closed pipe), so that a command
 * whose output was lost ends with an error and says why instead of exit code 0.
 */
final class StandardOutput extends OutputStream {

    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private volatile IOException failure;

    /** A writer over standard output in the console's encoding, as picocli makes by default. */
    PrintWriter writer() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(this, charset)), true);
    }

    /** Why writing failed, if it did: the operating system's words ("No space left on device"). */
    Optional<String> failure() {
        IOException e = failure;
        return e == null ? Optional.empty()
                : Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
