package se.rapportverk.web;

import java.util.List;

import se.rapportverk.workbook.Issue;

/**
 * A request that ends without its result: an HTTP status and a Swedish message for the person or
 * system that sent it, and the findings about the workbook when there are any. Every failure a
 * response can report is one of these; nothing else reaches a client.
 */
final class WebError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Issue> findings;
    private final String fileName;

    WebError(int status, String message) {
        this(status, message, List.of(), null);
    }

    WebError(int status, String message, List<Issue> findings, String fileName) {
        this(status, message, findings, fileName, null);
    }

    /** An error whose cause is logged on the server (never sent to the client). */
    WebError(int status, String message, Throwable cause) {
        this(status, message, List.of(), null, cause);
    }

    private WebError(int status, String message, List<Issue> findings, String fileName, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.findings = List.copyOf(findings);
        this.fileName = fileName;
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    /** The findings about the workbook (empty when the request never got that far). */
    List<Issue> findings() {
        return findings;
    }

    /** The workbook's file name, when the findings are about one. */
    String fileName() {
        return fileName;
    }
}
