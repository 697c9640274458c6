package se.rapportverk.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standard workbook as read: every sheet of contract v1 that the workbook has, typed, each value
 * keeping the cell it came from. A sheet the workbook lacks is an empty {@link Optional}.
 *
 * @param fileName           the workbook's file name, for messages
 * @param rapport            the Rapport sheet
 * @param texter             Texter sections by key id ({@code vasentliga-handelser}), in sheet order
 * @param resultatrakning    the Resultaträkning
 * @param driftsredovisning  the Driftsredovisning
 * @param volymer            the Volymer rows
 * @param investeringar      the Investeringar rows
 * @param externaUtforare    the Externa utförare rows
 * @param mal                the Mål rows
 * @param uppdrag            the Uppdrag rows
 * @param internkontroll     the Internkontroll rows
 * @param atgarder           the Åtgärder rows
 * @param bemanning          the Bemanning rows
 * @param nyckeltal          the Nyckeltal rows
 * @param flerarsoversikt    the Flerårsöversikt rows
 * @param arende             the Ärende rows
 * @param manadsutfall       the Månadsutfall sheet
 * @param bilagor            the Bilagor rows (appendices), in order
 * @param bilder             the Bilder rows (pictures), in order
 */
public record Workbook(String fileName, Rapport rapport, Map<String, TextSection> texter,
                       Optional<AmountSheet> resultatrakning, Optional<AmountSheet> driftsredovisning,
                       Optional<List<Volym>> volymer, Optional<List<Investering>> investeringar,
                       Optional<List<ExternUtforare>> externaUtforare, Optional<List<Mal>> mal,
                       Optional<List<Uppdrag>> uppdrag, Optional<List<Internkontroll>> internkontroll,
                       Optional<List<Atgard>> atgarder, Optional<List<Bemanning>> bemanning,
                       Optional<List<Nyckeltal>> nyckeltal, Optional<List<Flerarsrad>> flerarsoversikt,
                       Optional<List<Arende>> arende, Optional<Manadsutfall> manadsutfall,
                       Optional<List<Bilaga>> bilagor, Optional<List<Bild>> bilder) {

    /** A text section by key id, if the workbook has it. */
    public Optional<TextSection> text(String keyId) {
        return Optional.ofNullable(texter.get(keyId));
    }
}
