package se.rapportverk.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import se.rapportverk.generate.Request;
import se.rapportverk.report.DocumentKind;

/**
 * Reads the workbook and the options of a request: the multipart field {@code arbetsbok}, and
 * optionally {@code strikt} and {@code dokument} (as {@code --strict} and {@code --document} on
 * the command line). The workbook is kept in memory only; it is never written to disk.
 */
final class Uploads {

    /** The multipart field that carries the workbook. */
    static final String FIELD = "arbetsbok";

    private final Limits limits;

    Uploads(Limits limits) {
        this.limits = limits;
    }

    Upload read(Context ctx) {
        if (ctx.req().getContentLengthLong() > limits.maxRequestBytes()) {
            drain(ctx);
            throw tooLarge();
        }
        if (!ctx.isMultipartFormData()) {
            throw new WebError(415, "Skicka arbetsboken som multipart/form-data i fältet \"" + FIELD + "\".");
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile(FIELD);
        } catch (Exception e) {
            // Jetty's ServletException, thrown through Kotlin without being declared.
            if (isTooLarge(e)) {
                drain(ctx);
                throw tooLarge();
            }
            if (causedBy(e, java.util.concurrent.TimeoutException.class)) {
                throw new WebError(408, "Uppladdningen avbröts: inget kom fram på "
                        + Jobs.seconds(limits.idleTimeout().toMillis()) + ". Skicka arbetsboken igen.");
            }
            throw new WebError(400, "Uppladdningen kunde inte läsas som multipart/form-data; skicka den igen.");
        }
        if (file == null) {
            throw new WebError(400, "Arbetsboken saknas: skicka den som en fil i fältet \"" + FIELD + "\".");
        }
        if (file.size() > limits.maxUploadBytes()) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new WebError(400, "Arbetsboken kunde inte tas emot helt; skicka den igen.");
        }
        if (bytes.length == 0) {
            throw new WebError(400, "Filen " + Upload.safeFileName(file.filename()) + " är tom.");
        }
        boolean strict = flag(ctx, "strikt");
        return new Upload(Upload.safeFileName(file.filename()), bytes, new Request(documents(ctx), strict));
    }

    /**
     * Reads and drops what is left of a request body over the limit, so that a client still sending
     * it receives the 413 rather than a closed connection (HTTP/1.1 clients read the answer only
     * after sending). Bounded: beyond {@value #DRAIN_FACTOR} times the limit, or {@value #DRAIN_FLOOR}
     * bytes when that is more, the connection is simply closed.
     */
    private void drain(Context ctx) {
        long budget = Math.max(DRAIN_FACTOR * limits.maxRequestBytes(), DRAIN_FLOOR);
        byte[] buffer = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n; budget > 0 && (n = in.read(buffer)) >= 0; ) {
                budget -= n;
            }
        } catch (IOException | RuntimeException e) {
            // The connection is closed anyway; the 413 is still the answer.
        }
    }

    private static final long DRAIN_FACTOR = 4;
    private static final long DRAIN_FLOOR = 64L << 20;

    private WebError tooLarge() {
        return new WebError(413, "Arbetsboken är för stor: Rapportverk tar emot högst " + limits.uploadLimitText()
                + ". En arbetsbok med bara siffror och texter är sällan större än några hundra kB; "
                + "ta bort bilder och blad som inte behövs och försök igen.");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Jetty refused the multipart body for its size (it says so only in its own words). */
    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("max") && (m.contains("size") || m.contains("length") || m.contains("exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** A yes/no field: {@code true}, {@code ja}, {@code 1}, {@code on} or empty/absent for no. */
    static boolean flag(Context ctx, String name) {
        String value = field(ctx, name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ja", "1", "on", "yes" -> true;
            case "false", "nej", "0", "off", "no" -> false;
            default -> throw new WebError(400, "Fältet \"" + name + "\" ska vara true eller false, inte \""
                    + value.strip() + "\".");
        };
    }

    /** The documents asked for in {@code dokument} (comma-separated ids), or all. */
    private static Set<DocumentKind> documents(Context ctx) {
        String value = field(ctx, "dokument");
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (value == null) {
            return kinds;
        }
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                kinds.add(kind(name.strip(), 400));
            }
        }
        return kinds;
    }

    /** The document named by an id ({@code delarsrapport}) or its Swedish name. */
    static DocumentKind kind(String name, int statusWhenUnknown) {
        return DocumentKind.find(name).orElseThrow(() -> new WebError(statusWhenUnknown, "Okänt dokument \"" + name
                + "\"; välj " + se.rapportverk.workbook.DocumentType.ids() + "."));
    }

    private static String field(Context ctx, String name) {
        String query = ctx.queryParam(name);
        return query != null ? query : ctx.formParam(name);
    }
}
