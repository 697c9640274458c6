package se.rapportverk.e2e;

import java.math.BigDecimal;
import java.util.List;

/**
 * The deliberate mistakes of {@code delarsrapport-med-avvikelser.xlsx} that input-examples/README.md
 * lists, as Rapportverk must report them, with every value read from the workbook's cells here.
 */
final class AvvikelserFindings {

    /**
     * A finding: where it is and the start of its message (up to the values; the CLI and the
     * kontrollrapport may add how large a difference rounding could explain).
     */
    record Finding(String place, String message) {
        /** As the CLI prints it. */
        String line() {
            return place + ": " + message;
        }
    }

    private AvvikelserFindings() {
    }

    static String tkr(BigDecimal value) {
        return Sv.number(value, 0) + Sv.NBSP + "tkr";
    }

    static WorkbookCells.Line row(WorkbookCells wb, String sheet, int rowNumber) {
        return wb.rows(sheet).stream().filter(l -> l.rowNumber() == rowNumber).findFirst().orElseThrow();
    }

    static BigDecimal sum(WorkbookCells wb, String sheet, String column, int fromRow, int toRow) {
        return wb.rows(sheet).stream().filter(l -> l.rowNumber() >= fromRow && l.rowNumber() <= toRow)
                .map(l -> l.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The five mistakes and the follow-up discrepancy of the third, in the order the CLI lists them. */
    static List<Finding> of(WorkbookCells wb) {
        String rr = "Resultaträkning";
        String dr = "Driftsredovisning";
        BigDecimal e5 = row(wb, rr, 5).number("Utfall period");
        BigDecimal e2e4 = sum(wb, rr, "Utfall period", 2, 4);
        BigDecimal i6 = row(wb, rr, 6).number("Avvikelse");
        BigDecimal h6g6 = row(wb, rr, 6).number("Prognos").subtract(row(wb, rr, 6).number("Budget"));
        BigDecimal c11 = row(wb, rr, 11).number("Bokslut föregående år");
        BigDecimal drC = sum(wb, dr, "Bokslut föregående år", 2, 17);
        BigDecimal rrC = sum(wb, rr, "Bokslut föregående år", 2, 4).add(sum(wb, rr, "Bokslut föregående år", 6, 11));
        BigDecimal drH = sum(wb, dr, "Prognos", 2, 17);
        BigDecimal rrH = sum(wb, rr, "Prognos", 2, 4).add(sum(wb, rr, "Prognos", 6, 11));
        BigDecimal d15 = row(wb, dr, 15).number("Utfall period föregående år");
        BigDecimal c15 = row(wb, dr, 15).number("Bokslut föregående år");
        return List.of(
                new Finding("Resultaträkning!E5", "Summa intäkter (Utfall period) är angiven till " + tkr(e5)
                        + " men raderna E2:E4 summerar till " + tkr(e2e4) + "; skillnaden är " + tkr(e5.subtract(e2e4))),
                new Finding("Resultaträkning!I6", "Personalkostnader (Avvikelse) är angiven till " + tkr(i6)
                        + " men Prognos − Budget (G6, H6) är " + tkr(h6g6) + "; skillnaden är " + tkr(i6.subtract(h6g6))),
                new Finding("Driftsredovisning!C18", "Totalt för Bokslut föregående år (C2:C17, angivet i C18) är " + tkr(drC)
                        + " men Summa totalt i resultaträkningen (Resultaträkning!C2:C4, Resultaträkning!C6:C11, angivet i "
                        + "Resultaträkning!C13) är "
                        + tkr(rrC) + "; skillnaden är " + tkr(drC.subtract(rrC))),
                new Finding("Driftsredovisning!H18", "Totalt för Prognos (H2:H17, angivet i H18) är " + tkr(drH)
                        + " men Summa totalt i resultaträkningen (Resultaträkning!H2:H4, Resultaträkning!H6:H11, angivet i "
                        + "Resultaträkning!H13) är "
                        + tkr(rrH) + "; skillnaden är " + tkr(drH.subtract(rrH))),
                new Finding("Resultaträkning!C11", "Kapitaltjänstkostnader är en kostnad men beloppet är positivt ("
                        + tkr(c11) + "); kostnader skrivs med minustecken"),
                new Finding("Driftsredovisning!D15", "Utfall period föregående år för Bostadsanpassning (" + tkr(d15)
                        + ") är större än Bokslut föregående år (" + tkr(c15) + ", C15); perioden kan inte överstiga helåret"));
    }
}
