import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm time per report: runs one rapportverk command many times in one JVM (after warm-up runs
 * that are not counted) and prints the median and quartiles in milliseconds. Each run writes to a
 * fresh folder. Usage: java -cp 'target/rapportverk.jar:target/lib/*' bench/Warm.java WARMUP RUNS
 * generate WORKBOOK [more arguments]; the --out folder is added.
 */
public class Warm {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        String[] command = Arrays.copyOfRange(args, 2, args.length);
        Path tmp = Files.createTempDirectory("rv-warm");
        long[] ms = new long[runs];
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        for (int i = 0; i < warmup + runs; i++) {
            String[] a = Arrays.copyOf(command, command.length + 2);
            a[command.length] = "--out";
            a[command.length + 1] = tmp.resolve("run" + i).toString();
            long start = System.nanoTime();
            int status = se.rapportverk.cli.Main.run(a, sink, sink);
            long took = System.nanoTime() - start;
            if (status != 0) {
                throw new IllegalStateException("exit status " + status);
            }
            if (i >= warmup) {
                ms[i - warmup] = took / 1_000_000;
            }
        }
        Arrays.sort(ms);
        System.out.printf("warm median %d ms (quartiles %d–%d, min %d, %d runs after %d warm-up)%n",
                ms[runs / 2], ms[runs / 4], ms[(3 * runs) / 4], ms[0], runs, warmup);
        try (var s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
