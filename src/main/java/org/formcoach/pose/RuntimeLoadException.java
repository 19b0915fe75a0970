package org.formcoach.pose;

/**
 * The PyTorch runtime (libtorch) cannot be used: its cache folder is damaged or incomplete, cannot
 * be unpacked, or does not load. Not the model file's fault; the message names the folder and the fix.
 */
public class RuntimeLoadException extends ModelLoadException {

    private static final long serialVersionUID = 1L;

    public RuntimeLoadException(String message) {
        super(message);
    }

    public RuntimeLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
