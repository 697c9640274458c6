package se.rapportverk.workbook;

/**
 * A workbook that cannot be read at all (not an xlsx file, unreadable). The message is Swedish and
 * names the file; it is meant to be shown to the user as it stands.
 */
public final class WorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkbookException(String message) {
        super(message);
    }

    public WorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
