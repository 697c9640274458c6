package se.rapportverk.web;

import java.time.Duration;

/**
 * What the server accepts and how much it does at once. The defaults are documented in the
 * README's section for IT.
 *
 * @param maxUploadBytes the largest workbook accepted; a larger request gets 413
 * @param maxJobs        how many workbooks are checked or made into documents at the same time
 * @param queueWait      how long a request waits for one of those places before it gets 503
 * @param jobTimeout     how long one job may take before its request gets 503
 * @param idleTimeout    how long a connection may send nothing (a stalled upload gets 408)
 */
record Limits(long maxUploadBytes, int maxJobs, Duration queueWait, Duration jobTimeout, Duration idleTimeout) {

    /** 20 MiB: the example workbooks are about 30 kB; a real one with many sheets stays far below. */
    static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    /**
     * Room in a request for what surrounds the workbook: the multipart headers, boundaries and the
     * small option fields.
     */
    static final long MULTIPART_OVERHEAD_BYTES = 64L * 1024;

    Limits {
        if (maxUploadBytes <= 0 || maxJobs <= 0 || queueWait.isNegative() || jobTimeout.isNegative()
                || jobTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The defaults: 20 MiB, one job per core (at least one), 10 s in the queue, 120 s per job, 30 s
     * of silence on a connection. A
     * document takes well under a second on one core, so these only stop runaway or hostile use.
     */
    static Limits defaults() {
        return new Limits(DEFAULT_MAX_UPLOAD_BYTES, Math.max(1, Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(30));
    }

    /** The largest request body accepted: the workbook and its multipart overhead. */
    long maxRequestBytes() {
        return maxUploadBytes + MULTIPART_OVERHEAD_BYTES;
    }

    /** The upload limit in Swedish: {@code 20 MB}. */
    String uploadLimitText() {
        long mib = maxUploadBytes / (1024 * 1024);
        return mib >= 1 ? mib + " MB" : Math.max(1, maxUploadBytes / 1024) + " kB";
    }
}
