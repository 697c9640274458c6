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
 * @param texter             the Texter sections in sheet order (a key may stand once per Dokument)
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
 */
public record Workbook(String fileName, Rapport rapport, List<TextSection> texter,
                       Optional<AmountSheet> resultatrakning, Optional<AmountSheet> driftsredovisning,
                       Optional<List<Volym>> volymer, Optional<List<Investering>> investeringar,
                       Optional<List<ExternUtforare>> externaUtforare, Optional<List<Mal>> mal,
                       Optional<List<Uppdrag>> uppdrag, Optional<List<Internkontroll>> internkontroll,
                       Optional<List<Atgard>> atgarder, Optional<List<Bemanning>> bemanning,
                       Optional<List<Nyckeltal>> nyckeltal, Optional<List<Flerarsrad>> flerarsoversikt,
                       Optional<List<Arende>> arende, Optional<Manadsutfall> manadsutfall) {

    public Workbook {
        texter = List.copyOf(texter);
    }

    /** The text section of a key for every document (without a Dokument), if the workbook has it. */
    public Optional<TextSection> text(String keyId) {
        return texter.stream().filter(s -> s.key().equals(keyId) && s.documents().isEmpty()).findFirst();
    }

    /**
     * The text section of a contract key in a document: the one whose Dokument names the document,
     * else the one without a Dokument.
     */
    public Optional<TextSection> text(String keyId, DocumentType document) {
        Optional<TextSection> own = texter.stream()
                .filter(s -> s.key().equals(keyId) && s.documents().contains(document)).findFirst();
        return own.isPresent() ? own : texter.stream()
                .filter(s -> s.key().equals(keyId) && s.documents().isEmpty()).findFirst();
    }

    /** The contract's text sections of a document by key id, in sheet order (see {@link #text(String, DocumentType)}). */
    public Map<String, TextSection> texts(DocumentType document) {
        Map<String, TextSection> m = new java.util.LinkedHashMap<>();
        for (TextSection s : texter) {
            if (!s.own() && !m.containsKey(s.key())) {
                text(s.key(), document).ifPresent(t -> m.put(t.key(), t));
            }
        }
        return m;
    }

    /**
     * The sections of the user's own that stand in a document, in sheet order: for each Avsnitt the
     * one whose Dokument names the document, else the one without a Dokument.
     */
    public List<TextSection> ownSections(DocumentType document) {
        List<TextSection> out = new java.util.ArrayList<>();
        for (TextSection s : texter) {
            if (s.own() && s.isFor(document) && (s.documents().contains(document) || texter.stream().noneMatch(
                    o -> o.own() && o.key().equals(s.key()) && o.documents().contains(document)))) {
                out.add(s);
            }
        }
        return out;
    }
}
