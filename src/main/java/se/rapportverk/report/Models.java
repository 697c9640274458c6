package se.rapportverk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.workbook.DocumentType;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.TextKey;
import se.rapportverk.workbook.TextSection;
import se.rapportverk.workbook.Workbook;

/** Parts of the template data that every document shares. */
public final class Models {

    private Models() {
    }

    /**
     * The {@code rapport} map: every field of the Rapport sheet that is given, under a key made of its
     * name ({@code kommun}, {@code namnd}, {@code forvaltning}, {@code diarienummer},
     * {@code typAvStyrdokument} …), plus {@code ar}.
     */
    public static Map<String, Object> rapport(Workbook workbook) {
        return rapport(workbook, null);
    }

    /**
     * The {@code rapport} map of one document: a field given for that document (its Dokument names
     * it) instead of the one for every document.
     *
     * @param document the document, or {@code null} for the values that hold for every document
     */
    static Map<String, Object> rapport(Workbook workbook, DocumentType document) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RapportField field : RapportField.values()) {
            (document == null ? workbook.rapport().field(field) : workbook.rapport().field(field, document))
                    .map(Text::value).ifPresent(v -> m.put(key(field), v));
        }
        m.put("ar", String.valueOf(workbook.rapport().year()));
        m.put("namndGenitiv", genitive(document == null ? workbook.rapport().namnd()
                : value(workbook, RapportField.NAMND, document)));
        workbook.rapport().date().ifPresent(d -> m.put("datum", d.toString()));
        return m;
    }

    /** The Swedish genitive: {@code Vård- och omsorgsnämnden} → {@code Vård- och omsorgsnämndens}. */
    static String genitive(String name) {
        if (name.isEmpty() || name.endsWith("s") || name.endsWith("x") || name.endsWith("z")) {
            return name;
        }
        return name + "s";
    }

    /**
     * The data every document template starts from: {@code doc}, {@code rapport}, {@code texter},
     * and {@code tabeller} (each calculated table as {@link FigureTable#toModel()}).
     */
    static Map<String, Object> base(Workbook workbook, DocumentType document, String title, String subject,
                                    LocalDate date, Map<String, FigureTable> tables) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc(workbook, document, title, subject, date));
        m.put("rapport", rapport(workbook, document));
        m.put("texter", texter(workbook, document));
        m.put("egnaAvsnitt", ownSections(workbook, document));
        Map<String, Object> t = new LinkedHashMap<>();
        tables.forEach((id, table) -> t.put(id, table.toModel()));
        m.put("tabeller", t);
        return m;
    }

    /** {@code TYP_AV_STYRDOKUMENT} → {@code typAvStyrdokument}. */
    private static String key(RapportField field) {
        String[] parts = field.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    /**
     * The {@code texter} map: key id → {@code text}, {@code cells} (the Text cells it was read from, for
     * the template's {@code cells} attribute) and (when given) {@code rubrik}.
     */
    static Map<String, Object> texter(Workbook workbook, DocumentType document) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TextSection section : workbook.texts(document).values()) {
            m.put(section.key(), section(section));
        }
        return m;
    }

    private static Map<String, Object> section(TextSection section) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("text", section.text());
        t.put("cells", SourceCells.text(section.cells()));
        if (!section.rubrik().isBlank()) {
            t.put("rubrik", section.rubrik());
        }
        return t;
    }

    /**
     * The {@code egnaAvsnitt} list: the sections of the user's own that stand in the document, in
     * sheet order, each with {@code rubrik}, {@code text}, {@code cells} and {@code efter}: the key of
     * the last of the document's own Texter keys above it in the sheet, after whose section it stands
     * ({@code ""} when there is none: first among the document's texts).
     */
    static List<Map<String, Object>> ownSections(Workbook workbook, DocumentType document) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TextSection section : workbook.ownSections(document)) {
            Map<String, Object> t = section(section);
            String after = "";
            for (String key : section.after()) {
                if (TextKey.find(key).map(k -> k.usedBy().contains(document)).orElse(false)) {
                    after = key;
                }
            }
            t.put("efter", after);
            t.put("id", section.key());
            out.add(t);
        }
        return out;
    }

    /**
     * The {@code doc} map of document properties.
     *
     * @param title   the document title
     * @param subject the subject property
     * @param date    the document date
     */
    static Map<String, Object> doc(Workbook workbook, DocumentType document, String title, String subject,
                                   LocalDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        String namnd = value(workbook, RapportField.NAMND, document);
        String forvaltning = value(workbook, RapportField.FORVALTNING, document);
        String author = forvaltning.isBlank() ? namnd : forvaltning;
        m.put("title", title);
        m.put("subject", subject);
        m.put("author", author);
        m.put("keywords", String.join("; ", title, namnd, value(workbook, RapportField.KOMMUN, document)));
        m.put("header", namnd + " – " + title);
        m.put("footer", workbook.rapport().field(RapportField.DIARIENUMMER, document)
                .map(t -> "Dnr " + t.value()).orElse(""));
        m.put("date", date.toString());
        return m;
    }

    /** A field's text in a document (its own value, else the one for every document), or "". */
    static String value(Workbook workbook, RapportField field, DocumentType document) {
        return workbook.rapport().field(field, document).map(Text::value).orElse("");
    }

    /**
     * A label written mid-sentence: its first letter lower case, unless the word is an
     * abbreviation ({@code LSS, boende} stays as it is).
     */
    static String midSentence(String label) {
        if (label.length() >= 2 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** A value if present, as an optional model entry. */
    static void putIfPresent(Map<String, Object> m, String key, Optional<?> value) {
        value.ifPresent(v -> m.put(key, v));
    }
}
