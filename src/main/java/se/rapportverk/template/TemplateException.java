package se.rapportverk.template;

/** A template that cannot be used: its message is Swedish and names the template and line. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    public TemplateException(String message) {
        super(message);
    }
}
