package se.rapportverk.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fields of the {@code Rapport} sheet (contract v1), as they are written in its {@code Fält} column. */
public enum RapportField {
    KOMMUN("Kommun"),
    NAMND("Nämnd"),
    FORVALTNING("Förvaltning"),
    AR("År"),
    PERIOD("Period"),
    BELOPPSENHET("Beloppsenhet"),
    TABELLENHET("Tabellenhet"),
    DECIMALER("Decimaler"),
    TITEL("Titel"),
    DATUM("Datum"),
    DIARIENUMMER("Diarienummer"),
    HANDLAGGARE("Handläggare"),
    ANSVAR("Ansvar"),
    TYP_AV_STYRDOKUMENT("Typ av styrdokument"),
    BESLUTANDE_INSTANS("Beslutande instans"),
    DATUM_FOR_BESLUT("Datum för beslut"),
    GALLER_FOR("Gäller för"),
    GILTIGHETSTID("Giltighetstid"),
    REVIDERAS_SENAST("Revideras senast"),
    DOKUMENTANSVARIG("Dokumentansvarig"),
    UNDERSKOTT("Underskott"),
    ARSARBETSTID("Årsarbetstid");

    private final String label;

    RapportField(String label) {
        this.label = label;
    }

    /** The field's name as the contract writes it. */
    public String label() {
        return label;
    }

    /** The field with this name, matched after normalising. */
    public static Optional<RapportField> find(String name) {
        String key = Names.key(name);
        return Arrays.stream(values()).filter(f -> Names.key(f.label).equals(key)).findFirst();
    }

    /** Every field's name, for suggestions. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(RapportField::label).toList();
    }
}
