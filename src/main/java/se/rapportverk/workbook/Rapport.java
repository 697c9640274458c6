package se.rapportverk.workbook;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Rapport} sheet: what the documents are about (kommun, nämnd, year, period) and how
 * amounts are written. Values are already checked and typed; each keeps its cell.
 */
public final class Rapport {

    private final Map<RapportField, Text> fields;
    private final Map<DocumentType, Map<RapportField, Text>> perDocument;
    private final Integer year;
    private final Integer period;
    private final Unit amountUnit;
    private final Unit tableUnit;
    private final Integer decimals;
    private final LocalDate date;
    private final Figure deficit;
    private final Figure annualHours;
    private final Arende.Placering forslag;

    Rapport(Map<RapportField, Text> fields, Map<DocumentType, Map<RapportField, Text>> perDocument, Integer year,
            Integer period, Unit amountUnit, Unit tableUnit, Integer decimals, LocalDate date, Figure deficit,
            Figure annualHours, Arende.Placering forslag) {
        this.fields = new EnumMap<>(RapportField.class);
        this.fields.putAll(fields);
        this.perDocument = new EnumMap<>(DocumentType.class);
        perDocument.forEach((d, m) -> this.perDocument.put(d, Map.copyOf(m)));
        this.year = year;
        this.period = period;
        this.amountUnit = amountUnit;
        this.tableUnit = tableUnit;
        this.decimals = decimals;
        this.date = date;
        this.deficit = deficit;
        this.annualHours = annualHours;
        this.forslag = forslag;
    }

    /** Where the tjänsteskrivelse's Förslag till beslut stands (default Sist). */
    public Arende.Placering forslagTillBeslut() {
        return forslag;
    }

    /** A field's text as typed, if given. */
    public Optional<Text> field(RapportField field) {
        return Optional.ofNullable(fields.get(field));
    }

    /**
     * A field's text in a document: the value whose Dokument names the document, else the one for
     * every document.
     */
    public Optional<Text> field(RapportField field, DocumentType document) {
        Text own = perDocument.getOrDefault(document, Map.of()).get(field);
        return own != null ? Optional.of(own) : field(field);
    }

    /** Whether the field has a value of its own for the document (a row whose Dokument names it). */
    public boolean hasOwn(RapportField field, DocumentType document) {
        return perDocument.getOrDefault(document, Map.of()).containsKey(field);
    }

    /** Every value of a field given for one document only, for the texts of the workbook. */
    public java.util.List<Text> ownValues(RapportField field) {
        java.util.List<Text> values = new java.util.ArrayList<>();
        perDocument.values().forEach(m -> {
            if (m.containsKey(field)) {
                values.add(m.get(field));
            }
        });
        return values;
    }

    /** A field's text, or an empty string. */
    public String text(RapportField field) {
        return field(field).map(Text::value).orElse("");
    }

    /** Kommun, e.g. {@code Enköpings kommun}. */
    public String kommun() {
        return text(RapportField.KOMMUN);
    }

    /** Nämnd, e.g. {@code Vård- och omsorgsnämnden}. */
    public String namnd() {
        return text(RapportField.NAMND);
    }

    /** Förvaltning, or an empty string. */
    public String forvaltning() {
        return text(RapportField.FORVALTNING);
    }

    /** The report year. */
    public int year() {
        return year;
    }

    /** The last month of the period (1–12), when given. */
    public Optional<Integer> period() {
        return Optional.ofNullable(period);
    }

    /** The unit of every amount in the workbook (default tkr). */
    public Unit amountUnit() {
        return amountUnit;
    }

    /** The unit shown in tables, when the workbook sets one; otherwise each document's default. */
    public Optional<Unit> tableUnit() {
        return Optional.ofNullable(tableUnit);
    }

    /** Decimals shown for amounts in tables, when the workbook sets them. */
    public Optional<Integer> decimals() {
        return Optional.ofNullable(decimals);
    }

    /** The document date, when given. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** The deficit the actions must close, as a positive amount, when given. */
    public Optional<Figure> deficit() {
        return Optional.ofNullable(deficit);
    }

    /** Hours in one full-time year (default 1700). */
    public Figure annualHours() {
        return annualHours;
    }
}
