package se.rapportverk.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;

/**
 * A main for {@link KillDuringWriteTest}: writes two sets of files with the same names into a
 * folder, one after the other, again and again, until it is killed. It says "skriver" once it is
 * about to start, so that the test can kill it at a moment of its choosing during the writing.
 *
 * <p>Arguments: the output folder, the folder of set A, the folder of set B.
 */
public final class WriteLoopInAnotherJvm {

    private WriteLoopInAnotherJvm() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<OutputFile> a = read(Path.of(args[1]));
        List<OutputFile> b = read(Path.of(args[2]));
        System.out.println("skriver");
        System.out.flush();
        while (true) {
            SafeWriter.writeAll(out, a);
            SafeWriter.writeAll(out, b);
        }
    }

    static List<OutputFile> read(Path folder) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                files.add(new OutputFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
