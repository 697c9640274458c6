package se.rapportverk.render;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Work the renderers of one document share: what one of them has made that another would make
 * again the same way (the layout, which the PDF draws and the Word file takes its page plan from).
 * Work is shared only once it is done: a renderer never waits for another, so renderers running at
 * the same time each do their own, as if nothing were shared. Safe for renderers on several
 * threads; one instance per document, dropped with it.
 */
public final class SharedWork {

    private final ConcurrentHashMap<Object, Object> done = new ConcurrentHashMap<>();

    /** Nothing done yet. */
    public SharedWork() {
    }

    /**
     * What was made for the key already, or else what {@code work} makes (kept for the renderers after).
     *
     * @param key  what the work depends on, compared with {@code equals}
     * @param type what the work makes
     * @param work makes it; the same for every renderer given the key
     */
    public <T> T reuse(Object key, Class<T> type, Supplier<T> work) {
        Objects.requireNonNull(key, "key");
        Object known = done.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T made = Objects.requireNonNull(work.get(), "made");
        done.putIfAbsent(key, made);
        return made;
    }
}
