package se.rapportverk.web;

import se.rapportverk.template.TemplateException;

/** Turns what went wrong inside a job into the Swedish answer a client gets. */
final class Failures {

    private Failures() {
    }

    /**
     * A failure that is not the workbook's fault. A template's error names the template and its
     * line (in Swedish), which the person who chose {@code --templates} needs; anything else is
     * reported without the library's own (English) text, which goes to the server's log instead.
     */
    static WebError internal(Throwable cause) {
        if (cause instanceof WebError w) {
            return w;
        }
        if (cause instanceof TemplateException t) {
            return new WebError(500, "Mallarna kunde inte användas: " + t.getMessage(), t);
        }
        return new WebError(500, "Internt fel i Rapportverk: dokumenten kunde inte göras. Försök igen; kvarstår "
                + "felet, kontakta IT (serverns logg har detaljerna).", cause);
    }
}
