package se.rapportverk.web;

/**
 * A Swedish sentence for each HTTP status that the server, Javalin or Jetty may answer with on
 * their own (an unknown address, a wrong method, a malformed request), so that no English text
 * from a library reaches a client.
 */
final class StatusTexts {

    private StatusTexts() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "Begäran kunde inte tolkas.";
            case 404 -> "Adressen finns inte i Rapportverk. Sidan finns på / och API:t under /api/ "
                    + "(se README, avsnittet om API:t).";
            case 405 -> "Adressen tar inte emot den metoden. Arbetsböcker skickas med POST; sidan hämtas med GET.";
            case 408 -> "Begäran tog för lång tid att skicka och avbröts.";
            case 411 -> "Begäran saknar längd (Content-Length).";
            case 413 -> "Begäran är för stor.";
            case 414 -> "Adressen är för lång.";
            case 415 -> "Innehållet har fel typ. Skicka arbetsboken som multipart/form-data i fältet arbetsbok.";
            case 431 -> "Begärans huvuden (headers) är för stora.";
            case 500 -> "Internt fel i Rapportverk.";
            case 501 -> "Metoden stöds inte.";
            case 503 -> "Rapportverk kan inte ta emot begäran just nu. Försök igen om en stund.";
            case 505 -> "HTTP-versionen stöds inte.";
            default -> "Begäran kunde inte hanteras (HTTP-status " + status + ").";
        };
    }
}
