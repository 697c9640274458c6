package se.rapportverk.husstil;

/**
 * A house style that cannot be used: a missing folder or file, a line that is not a setting, an
 * unknown key, a value that is not what the setting takes, a logo or font that cannot be used.
 * The message is Swedish and names the file, and the line where there is one; it is shown as it
 * is.
 */
public final class HusstilException extends Exception {

    private static final long serialVersionUID = 1L;

    HusstilException(String message) {
        super(message);
    }

    HusstilException(String message, Throwable cause) {
        super(message, cause);
    }
}
