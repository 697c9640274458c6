package se.rapportverk.generate;

import java.util.Objects;

/**
 * A finished output file, in memory until it is written.
 *
 * @param name  the file name, without folder ({@code delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf})
 * @param bytes the content
 */
public record OutputFile(String name, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("a file name, not a path: " + name);
        }
    }
}
