package se.rapportverk.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the items of a batch (one per workbook) on a bounded pool of threads, and hands the results
 * back in the order of the input, each as soon as it and every item before it are done, so that
 * what the caller prints is the same as in a run one item after another.
 *
 * <ul>
 *   <li>Items with the same key (the same output folder) run one after another in input order, so
 *       the last one's files end up in the folder, as in a sequential run.</li>
 *   <li>An item whose result asks for it (it ran out of memory beside the others) is run again alone,
 *       with every other item waiting, before its result is handed back.</li>
 * </ul>
 *
 * @param <T> an item of work
 * @param <R> its result
 */
public final class Batch<T, R> {

    private final int threads;
    private final Function<T, R> work;
    private final Function<T, ?> key;
    private final Predicate<R> retryAlone;

    /**
     * @param threads    the most items run at once ({@code 1}: one after another, on the calling thread)
     * @param work       makes one item's result; must not throw (a thrown exception stops the batch)
     * @param key        items with equal keys never run at the same time, and run in input order
     * @param retryAlone whether a result was spoilt by running beside others and should be made again alone
     */
    public Batch(int threads, Function<T, R> work, Function<T, ?> key, Predicate<R> retryAlone) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
        this.threads = threads;
        this.work = work;
        this.key = key;
        this.retryAlone = retryAlone;
    }

    /** The number of threads to use by default: one per processor the JVM may use. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs every item.
     *
     * @param items    the items, in the order their results are handed back
     * @param finished told (from any thread) each time an item is done, with the number done so far;
     *                 never after this returns
     * @param inOrder  given each result, in input order, on the calling thread
     */
    public void run(List<T> items, Consumer<Integer> finished, Consumer<R> inOrder) {
        int n = Math.min(threads, items.size());
        if (n <= 1) {
            int done = 0;
            for (T item : items) {
                R result = work.apply(item);
                finished.accept(++done);
                inOrder.accept(result);
            }
            return;
        }
        ReadWriteLock alone = new ReentrantReadWriteLock(true);
        AtomicInteger done = new AtomicInteger();
        // A FIFO queue: when an item starts, every item before it has started, so waiting for an
        // earlier item with the same key can never wait for an item that is still queued.
        ExecutorService pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new Named());
        List<CompletableFuture<R>> results = new ArrayList<>(items.size());
        List<CompletableFuture<Void>> delivered = new ArrayList<>(items.size());
        Map<Object, CompletableFuture<Void>> lastOfKey = new HashMap<>();
        try {
            for (T item : items) {
                CompletableFuture<Void> before = lastOfKey.get(key.apply(item));
                CompletableFuture<R> result = new CompletableFuture<>();
                CompletableFuture<Void> handedBack = new CompletableFuture<>();
                lastOfKey.put(key.apply(item), handedBack);
                results.add(result);
                delivered.add(handedBack);
                pool.execute(() -> {
                    R value = null;
                    Throwable failure = null;
                    try {
                        if (before != null) {
                            before.join();
                        }
                        alone.readLock().lock();
                        try {
                            value = work.apply(item);
                        } finally {
                            alone.readLock().unlock();
                        }
                    } catch (Throwable t) {
                        failure = t;
                    }
                    // Told before the result is handed over: once the last result is back, run()
                    // may return, and nothing may be told after that (a progress bar would be
                    // drawn again below the summary).
                    try {
                        finished.accept(done.incrementAndGet());
                    } catch (Throwable t) {
                        failure = failure == null ? t : failure;
                    }
                    if (failure == null) {
                        result.complete(value);
                    } else {
                        result.completeExceptionally(failure);
                    }
                });
            }
            for (int i = 0; i < items.size(); i++) {
                R result = join(results.get(i));
                if (retryAlone.test(result)) {
                    alone.writeLock().lock();
                    try {
                        result = work.apply(items.get(i));
                    } finally {
                        alone.writeLock().unlock();
                    }
                }
                inOrder.accept(result);
                delivered.get(i).complete(null);
            }
        } finally {
            delivered.forEach(d -> d.complete(null));
            pool.shutdownNow();
        }
    }

    private static <R> R join(CompletableFuture<R> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Daemon threads named after their work, so that a thread dump says what they are. */
    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "rapportverk-arbetsbok-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
