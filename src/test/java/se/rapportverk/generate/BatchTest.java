package se.rapportverk.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The batch runner: results in input order, same keys one after another, a spoilt item again alone. */
class BatchTest {

    /** Work that takes a while, so that items overlap, and records how many ran at once. */
    private static final class Recorder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Map<Integer, AtomicInteger> runningOfKey = new ConcurrentHashMap<>();
        final List<Integer> started = new CopyOnWriteArrayList<>();
        volatile boolean keysOverlapped;

        String work(int item, int key) {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            if (runningOfKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1) {
                keysOverlapped = true;
            }
            started.add(item);
            try {
                Thread.sleep(5 + (item * 7) % 13);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runningOfKey.get(key).decrementAndGet();
            running.decrementAndGet();
            return "r" + item;
        }
    }

    @Test
    void resultsComeBackInInputOrderWhileItemsRunAtOnce() {
        Recorder rec = new Recorder();
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<String> results = new ArrayList<>();
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        // A slow listener: every item is told about before run() returns, however late it is told.
        Consumer<Integer> slow = n -> {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.add(n);
        };
        new Batch<Integer, String>(4, i -> rec.work(i, i), i -> i, r -> false).run(items, slow, results::add);
        assertEquals(items.stream().map(i -> "r" + i).toList(), results);
        assertTrue(rec.mostAtOnce.get() > 1, "items ran at the same time: " + rec.mostAtOnce.get());
        assertTrue(rec.mostAtOnce.get() <= 4, "never more than the threads asked for: " + rec.mostAtOnce.get());
        assertEquals(40, finished.size());
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), finished.stream().sorted().toList());
    }

    @Test
    void itemsWithTheSameKeyRunOneAfterAnotherInInputOrder() {
        Recorder rec = new Recorder();
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        List<String> results = new ArrayList<>();
        new Batch<Integer, String>(4, i -> rec.work(i, i % 3), i -> i % 3, r -> false)
                .run(items, n -> { }, results::add);
        assertEquals(items.stream().map(i -> "r" + i).toList(), results);
        assertTrue(!rec.keysOverlapped, "two items of one key ran at the same time");
        for (int key = 0; key < 3; key++) {
            int k = key;
            List<Integer> ofKey = rec.started.stream().filter(i -> i % 3 == k).toList();
            assertEquals(ofKey.stream().sorted().toList(), ofKey, "key " + key + " in input order");
        }
    }

    @Test
    void aSpoiltResultIsMadeAgainWithNothingElseRunning() {
        Recorder rec = new Recorder();
        AtomicInteger attemptsOf7 = new AtomicInteger();
        List<Integer> othersRunningAtRetry = new CopyOnWriteArrayList<>();
        List<String> results = new ArrayList<>();
        new Batch<Integer, String>(3, i -> {
            if (i == 7 && attemptsOf7.incrementAndGet() == 2) {
                othersRunningAtRetry.add(rec.running.get());
            }
            String r = rec.work(i, i);
            return i == 7 && attemptsOf7.get() == 1 ? "spoilt" : r;
        }, i -> i, "spoilt"::equals).run(IntStream.range(0, 20).boxed().toList(), n -> { }, results::add);
        assertEquals(2, attemptsOf7.get());
        assertEquals(List.of(0), othersRunningAtRetry, "the retry runs alone");
        assertEquals(IntStream.range(0, 20).mapToObj(i -> "r" + i).toList(), results);
    }

    @Test
    void oneThreadRunsOnTheCallersThreadInOrder() {
        Thread caller = Thread.currentThread();
        List<String> results = new ArrayList<>();
        new Batch<Integer, String>(1, i -> {
            assertEquals(caller, Thread.currentThread());
            return "r" + i;
        }, i -> i, r -> false).run(List.of(3, 1, 2), n -> { }, results::add);
        assertEquals(List.of("r3", "r1", "r2"), results);
    }

    @Test
    void aFailureInTheWorkStopsTheBatchWithIt() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new Batch<Integer, String>(2, i -> {
                    if (i == 2) {
                        throw new IllegalStateException("boom");
                    }
                    return "r" + i;
                }, i -> i, r -> false).run(List.of(0, 1, 2, 3), n -> { }, r -> { }));
        assertEquals("boom", thrown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Batch<Integer, String>(0, i -> "", i -> i, r -> false));
    }
}
