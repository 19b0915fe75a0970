package org.formcoach.session;

/** The data folder or database cannot be used; the message is one line for the user. */
public final class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
