package se.rapportverk.render.pdf;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs work on a new thread (whose per-thread fonts are new) and gives its result or failure. */
final class OnNewThread {

    private OnNewThread() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> made = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                made.set(work.call());
            } catch (Exception e) {
                failed.set(e);
            }
        });
        t.start();
        t.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        return made.get();
    }
}
