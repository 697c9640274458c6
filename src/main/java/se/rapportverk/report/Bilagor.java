package se.rapportverk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.workbook.Bilaga;
import se.rapportverk.workbook.Workbook;

/**
 * The {@code bilagor} of a document's template data: the appendices of the sheet Bilagor that belong
 * to the document, numbered from 1 in the sheet's order, each with {@code nummer}, {@code rubrik},
 * {@code cells} (for the heading), and when given {@code text} and {@code textCells}, {@code fil} and
 * {@code filCells}. The templates name them ({@code Bilaga 1: Internkontrollplan 2025}) with
 * {@code appendixTitle} of templates/lib/rapportverk.ftl.
 */
public final class Bilagor {

    private Bilagor() {
    }

    /** The appendices of the document, as template data; empty when it has none. */
    public static List<Map<String, Object>> model(Workbook workbook, DocumentKind kind) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Bilaga b : workbook.bilagor().orElse(List.of())) {
            if (!b.belongsTo(kind.type())) {
                continue;
            }
            int nummer = list.size() + 1;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nummer", String.valueOf(nummer));
            m.put("rubrik", b.rubrik().value());
            m.put("cells", SourceCells.text(b.cells()));
            b.text().ifPresent(t -> {
                m.put("text", t.value());
                m.put("textCells", SourceCells.text(List.of(t.cell())));
            });
            b.fil().ifPresent(f -> {
                m.put("fil", f.value());
                m.put("filCells", SourceCells.text(List.of(f.cell())));
            });
            list.add(m);
        }
        return list;
    }
}
