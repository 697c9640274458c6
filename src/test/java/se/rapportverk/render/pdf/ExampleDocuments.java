package se.rapportverk.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.rapportverk.document.Block;
import se.rapportverk.document.Document;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Table;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.GeneratedDocument;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.Hashes;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.KontrollrapportModel;
import se.rapportverk.generate.Request;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.WorkbookReader;

/**
 * The real documents: every example workbook of {@code input-examples/} filled into the built-in
 * templates, each document and the check report, as document trees. What the renderers are
 * tested on besides their hand-made samples, so that a layout rule is checked on the documents
 * users get.
 */
public final class ExampleDocuments {

    /** One generated document tree. */
    public record Example(String name, Document tree, RenderOptions options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Path DIR = Path.of("input-examples");

    private static List<Example> all;

    private ExampleDocuments() {
    }

    /** Every document and check report of every example workbook, in file-name order. */
    public static synchronized List<Example> all() {
        if (all == null) {
            all = List.copyOf(make());
        }
        return all;
    }

    private static List<Example> make() {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            TemplateEngine templates = TemplateEngine.builtIn();
            Generator generator = new Generator(templates, List.of());
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String fileName = file.getFileName().toString();
                String stem = fileName.substring(0, fileName.length() - ".xlsx".length());
                ReadResult read = WorkbookReader.read(fileName, bytes);
                Generation g = generator.run(fileName, read, Request.everything(), true);
                if (!g.ok()) {
                    throw new IllegalStateException(fileName + ": " + g.diagnostics());
                }
                for (GeneratedDocument d : g.documents()) {
                    examples.add(new Example(stem + "/" + d.baseName(), d.tree(),
                            new RenderOptions(bytes, fileName, "example-" + d.baseName())));
                }
                var model = KontrollrapportModel.build(g, Hashes.sha256(bytes),
                        Generator.documentDate(g.workbook().orElseThrow()));
                Document report = templates.render(Kontrollrapport.TEMPLATE, model).document();
                examples.add(new Example(stem + "/" + Kontrollrapport.baseName(fileName), report,
                        new RenderOptions(bytes, fileName, "example-kontroll-" + stem)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
        return examples;
    }

    /** Prints an outline of every example tree (for looking at what the templates make). */
    public static void main(String[] args) {
        for (Example e : all()) {
            System.out.println("== " + e.name());
            int i = 0;
            for (Block b : e.tree().blocks()) {
                System.out.println(String.format("%4d ", i++) + describe(b));
            }
        }
    }

    private static String describe(Block b) {
        return switch (b) {
            case Heading h -> "H" + h.level() + (h.inToc() ? "" : " (not in TOC)") + " " + h.displayText();
            case Paragraph p -> p.style() + " " + clip(p.plainText());
            case Table t -> "TABLE " + t.style() + " '" + t.caption() + "' cols=" + t.columns().size()
                    + " weights=" + t.columns().stream().map(c -> String.valueOf(c.weight())).toList()
                    + " rows=" + t.rows().size() + " header=" + t.headerRows()
                    + (t.rows().isEmpty() ? "" : " first=" + t.rows().get(0).cells().stream()
                            .map(c -> clip(c.plainText())).toList());
            case FieldList f -> "FIELDS " + f.layout() + " " + f.fields().stream().map(FieldList.Field::label).toList();
            default -> b.getClass().getSimpleName() + " " + clip(b.toString());
        };
    }

    private static String clip(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 90 ? t.substring(0, 90) + "…" : t;
    }
}
