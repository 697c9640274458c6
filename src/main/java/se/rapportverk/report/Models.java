package se.rapportverk.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.TextSection;
import se.rapportverk.workbook.Workbook;

/** Parts of the template data that every document shares. */
final class Models {

    private Models() {
    }

    /**
     * The {@code rapport} map: every field of the Rapport sheet that is given, under a key made of its
     * name ({@code kommun}, {@code namnd}, {@code forvaltning}, {@code diarienummer},
     * {@code typAvStyrdokument} …), plus {@code ar}.
     */
    static Map<String, Object> rapport(Workbook workbook) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RapportField field : RapportField.values()) {
            workbook.rapport().field(field).map(Text::value).ifPresent(v -> m.put(key(field), v));
        }
        m.put("ar", String.valueOf(workbook.rapport().year()));
        m.put("namndGenitiv", genitive(workbook.rapport().namnd()));
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
    static Map<String, Object> base(Workbook workbook, String title, String subject, LocalDate date,
                                    Map<String, FigureTable> tables) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc(workbook, title, subject, date));
        m.put("rapport", rapport(workbook));
        m.put("texter", texter(workbook));
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
    static Map<String, Object> texter(Workbook workbook) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TextSection section : workbook.texter().values()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("text", section.text());
            t.put("cells", SourceCells.text(section.cells()));
            if (!section.rubrik().isBlank()) {
                t.put("rubrik", section.rubrik());
            }
            m.put(section.key(), t);
        }
        return m;
    }

    /**
     * The {@code doc} map of document properties.
     *
     * @param title   the document title
     * @param subject the subject property
     * @param date    the document date
     */
    static Map<String, Object> doc(Workbook workbook, String title, String subject, LocalDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        String namnd = workbook.rapport().namnd();
        String author = workbook.rapport().forvaltning().isBlank() ? namnd : workbook.rapport().forvaltning();
        m.put("title", title);
        m.put("subject", subject);
        m.put("author", author);
        m.put("keywords", String.join("; ", title, namnd, workbook.rapport().kommun()));
        m.put("header", namnd + " – " + title);
        m.put("footer", workbook.rapport().field(RapportField.DIARIENUMMER)
                .map(t -> "Dnr " + t.value()).orElse(""));
        m.put("date", date.toString());
        return m;
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
