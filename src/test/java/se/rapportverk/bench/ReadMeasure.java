package se.rapportverk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.WorkbookReader;

/**
 * Measures reading one workbook in a fresh JVM: wall time of each read, the peak heap occupancy
 * (summed over the heap pools, garbage included) and the heap still in use after a full GC while
 * the result is held. Prints figures; asserts nothing.
 *
 * <p>{@code java -Xmx1g -cp target/test-classes:target/classes:target/lib/* se.rapportverk.bench.ReadMeasure big.xlsx [runs]}
 */
public final class ReadMeasure {

    private ReadMeasure() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        Runtime rt = Runtime.getRuntime();
        for (int i = 1; i <= runs; i++) {
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ReadResult result = WorkbookReader.read(file);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long retained = rt.totalMemory() - rt.freeMemory() - before;
            System.out.printf("run %d: %d ms, peak heap %d MB, retained %d MB, %d errors, %d warnings%n", i, ms,
                    peak >> 20, retained >> 20, result.diagnostics().errors().size(),
                    result.diagnostics().warnings().size());
            if (i == runs && !result.diagnostics().errors().isEmpty()) {
                result.diagnostics().errors().stream().limit(3).forEach(e -> System.out.println("  " + e));
            }
        }
    }
}
