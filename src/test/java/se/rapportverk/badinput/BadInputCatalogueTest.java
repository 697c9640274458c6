package se.rapportverk.badinput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.badinput.HostileFiles.RR;
import static se.rapportverk.badinput.HostileFiles.SST;
import static se.rapportverk.badinput.HostileFiles.TEXTER;
import static se.rapportverk.badinput.HostileFiles.cell;
import static se.rapportverk.badinput.HostileFiles.change;
import static se.rapportverk.badinput.HostileFiles.doctype;
import static se.rapportverk.badinput.HostileFiles.good;
import static se.rapportverk.badinput.HostileFiles.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.rapportverk.testutil.CliRun;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.testutil.XlsxParts;

/**
 * The bad-input catalogue (issue 8, item 1): malformed and hostile files, each given to
 * {@code generate} and to {@code check} as a user would. For every one: exit status 1 from both; the
 * Swedish message, naming the file, sheet or cell, from both; no English library text, no exception
 * name and no stack trace; no file left in the output folder, hidden or not; the input's bytes and
 * modification time unchanged. Expected messages are written out by hand.
 */
class BadInputCatalogueTest {

    /** Library texts that must never reach a user. */
    private static final List<String> ENGLISH = List.of("Tried to allocate", "Truncated ZIP file", "unable", "Unable",
            "Index 0 out of bounds", "out of bounds", "XmlException", "XmlBeans", "xmlbeans", "org.apache",
            "~CIRCULAR~REF~", "~FUNCTION~NOT~IMPLEMENTED~", "Caused by", "Internt fel", "null", "Zip bomb",
            "zip bomb", "invalid", "Invalid", "cannot", "Cannot", "failed", "Failed", "nexpected", "Stream closed",
            "not declared", "DOCTYPE is disallowed", "EOF", "Error", "Exception");
    private static final Pattern TRACE = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|\\n\\s+at [a-z]");

    @TempDir
    Path dir;

    /**
     * One case.
     *
     * @param name     what is wrong
     * @param fileName the file's name as the user has it
     * @param bytes    the file's content
     * @param expected the start of the message, place included ({@code arbetsbok.xlsx: …}, {@code Blad!A1: …})
     */
    record Case(String name, String fileName, Supplier<byte[]> bytes, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, Supplier<byte[]> bytes, String expected) {
        return new Case(name, "arbetsbok.xlsx", bytes, expected);
    }

    private static Case named(String name, String fileName, Supplier<byte[]> bytes, String expected) {
        return new Case(name, fileName, bytes, expected);
    }

    private static final String FILE = "arbetsbok.xlsx: ";
    private static final String NOT_XLSX = FILE + "filen är inte en Excel-arbetsbok (.xlsx).";
    private static final String TRUNCATED = FILE + "filen är ofullständig eller skadad: zip-arkivets innehållsförteckning "
            + "går inte att läsa";
    private static final String DOCTYPE = " innehåller en dokumenttypsdeklaration (<!DOCTYPE>), som Excel aldrig skriver";
    private static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;"
            + "&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
    private static final String DAMAGED_SHEET = "Resultaträkning: bladet är skadat och kan inte läsas";
    private static final String BROKEN = "; filen är skadad. Öppna arbetsboken i Excel och spara den igen.";

    private static WorkbookBuilder rr(Object... row) {
        return TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos").row(row);
    }

    static Stream<Case> catalogue() {
        List<Case> cases = new ArrayList<>();
        byte[] whole = HostileFiles.goodBytes();

        // ---- not an xlsx workbook at all
        cases.add(c("inte en zip: slumpade byte", () -> HostileFiles.random(4096, 1), NOT_XLSX));
        cases.add(c("tom fil", () -> new byte[0], FILE + "filen är tom (0 byte) och är ingen Excel-arbetsbok (.xlsx)."));
        cases.add(c("text", () -> text("hej"), NOT_XLSX));
        cases.add(c("CSV med semikolon, omdöpt", () -> text("Fält;Värde\nKommun;Testby\nÅr;2025\n"),
                FILE + "filen är en textfil (CSV), inte en Excel-arbetsbok."));
        cases.add(c("CSV med komma och BOM, omdöpt", () -> text("\uFEFFPost,Utfall\nLokalhyror,-45300\n"),
                FILE + "filen är en textfil (CSV), inte en Excel-arbetsbok."));
        cases.add(named("HTML-tabell som .xls", "arbetsbok.xls", () -> text("<html><body><table><tr><td>1</td></tr>"
                + "</table></body></html>"), "arbetsbok.xls: filen är en webbsida (HTML), inte en Excel-arbetsbok"));
        cases.add(c("XML-kalkylblad från Excel 2003", () -> text("<?xml version=\"1.0\"?><Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>"),
                FILE + "filen är ett XML-kalkylblad från Excel 2003"));
        cases.add(c(".xls (BIFF) med namnet .xlsx", () -> HostileFiles.xls(null),
                FILE + "filen är en äldre Excel-fil (.xls). Spara den som Excel-arbetsbok (.xlsx) och försök igen."));
        cases.add(named(".xls (BIFF) med namnet .xls", "arbetsbok.xls", () -> HostileFiles.xls(null),
                "arbetsbok.xls: filen är en äldre Excel-fil (.xls)."));
        cases.add(c(".xls skyddad med lösenord", () -> HostileFiles.xls("hemligt"),
                FILE + "filen är en äldre Excel-fil (.xls) som är skyddad med lösenord."));
        cases.add(c(".xlsx skyddad med lösenord (krypterad)", HostileFiles::encryptedXlsx,
                FILE + "filen är skyddad med lösenord (krypterad)."));
        cases.add(c(".ods med namnet .xlsx", HostileFiles::ods, FILE + "filen är ett OpenDocument-kalkylblad (.ods"));
        cases.add(named(".ods med namnet .ods", "arbetsbok.ods", HostileFiles::ods,
                "arbetsbok.ods: filen är ett OpenDocument-kalkylblad (.ods"));
        cases.add(c("PDF", () -> text("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), FILE + "filen är en PDF, inte en "
                + "Excel-arbetsbok (.xlsx)."));
        cases.add(c("Word-dokument", () -> HostileFiles.zip("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<document/>"), FILE + "filen är ett Word-dokument (.docx), inte en Excel-arbetsbok (.xlsx)."));
        cases.add(c("zip utan arbetsbok", () -> HostileFiles.zip("bild.txt", "hej"),
                FILE + "filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx)."));
        cases.add(c("binär arbetsbok (.xlsb)", () -> HostileFiles.zip("[Content_Types].xml", "<Types/>",
                "xl/workbook.bin", "x"), FILE + "filen är en binär Excel-arbetsbok (.xlsb)."));

        // ---- truncated at several points
        for (int at : new int[] {2, 30, 100, whole.length / 4, whole.length / 2, whole.length * 3 / 4,
                whole.length - 22, whole.length - 1}) {
            cases.add(c("avklippt efter " + at + " av " + whole.length + " byte",
                    () -> HostileFiles.truncated(whole, at), TRUNCATED));
        }
        cases.add(c("skadade byte mitt i bladets packade data",
                () -> HostileFiles.damaged(whole, RR, 40, 12), "Resultaträkning: bladet "));
        cases.add(c("en siffra ändrad i ett opackat blad (kontrollsumman stämmer inte)", () -> {
            byte[] stored = good().zip(java.util.zip.ZipEntry.STORED);
            String s = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = s.indexOf("<v>16300.0</v>");
            stored[at + 3] = '9';
            return stored;
        }, "Resultaträkning: bladet har fel kontrollsumma" + BROKEN));

        // ---- zip bombs and limits
        cases.add(c("zip-bomb med hög packningsgrad (20 MB blanksteg)", () -> HostileFiles.whitespaceBomb(20),
                "Resultaträkning: bladet packas upp till "));
        cases.add(c("zip-bomb som uppger en falsk storlek", () -> HostileFiles.declaredSize(
                HostileFiles.whitespaceBomb(20), RR, 4000),
                "Resultaträkning: bladet packas upp till mer än 100 gånger sin packade storlek, som en så kallad zip-bomb"));
        cases.add(c("zip-bomb med låg packningsgrad: en miljon tomma rader", () -> HostileFiles.emptyRows(1_000_000),
                "Resultaträkning: bladet har fler än 50 000 rader"));
        cases.add(c("fler än en miljon tomma celler", () -> HostileFiles.emptyCells(70, 16_000),
                "Resultaträkning: bladet har fler än 1 000 000 celler"));
        cases.add(c("uppgiven uppackad storlek över gränsen för hela filen",
                () -> HostileFiles.declaredSize(whole, RR, 300L << 20),
                FILE + "filen packas upp till 300 MB; Rapportverk läser arbetsböcker på högst 256 MB uppackade"));
        cases.add(c("ett blad över gränsen för en del", () -> HostileFiles.declaredSize(whole, RR, 150L << 20),
                "Resultaträkning: bladet packas upp till 150 MB, mer än de 128 MB som Rapportverk läser"));
        cases.add(c("fler än 10 000 delar", () -> HostileFiles.manyParts(10_001),
                FILE + "filen har fler än 10 000 delar"));
        cases.add(c("större än 50 MB", () -> HostileFiles.largeFile(51),
                FILE + "filen är 51 MB; Rapportverk läser arbetsböcker på högst 50 MB"));
        cases.add(c("krypterad zip-post", () -> HostileFiles.zipEncrypted(whole, RR),
                FILE + "filen är skyddad med lösenord (ett krypterat zip-arkiv)"));
        cases.add(c("samma del två gånger", () -> {
            byte[] twice = good().put("xl/worksheets/sheet9.xml", good().text(RR)).zip();
            return HostileFiles.renamed(twice, "xl/worksheets/sheet9.xml", "xl/worksheets/sheet3.xml");
        }, FILE + "filen är skadad: delen xl/worksheets/sheet3.xml finns två gånger i zip-arkivet"));

        // ---- XXE and entity expansion in any part
        for (String part : List.of(RR, "xl/workbook.xml", SST, "[Content_Types].xml", "_rels/.rels",
                "docProps/core.xml", "xl/_rels/workbook.xml.rels")) {
            cases.add(c("XXE i " + part, () -> doctype(part, XXE), FILE + "delen " + part + DOCTYPE));
        }
        cases.add(c("entitetsexpansion (billion laughs) i styles.xml", () -> doctype("xl/styles.xml", LAUGHS),
                FILE + "delen xl/styles.xml" + DOCTYPE));
        cases.add(c("extern DTD i docProps/app.xml", () -> doctype("docProps/app.xml",
                "<!DOCTYPE Properties SYSTEM \"http://exempel.invalid/x.dtd\">"), FILE + "delen docProps/app.xml" + DOCTYPE));

        // ---- malformed XML and missing parts
        cases.add(c("bladets XML avbruten mitt i", () -> {
            XlsxParts p = good();
            String xml = p.text(RR);
            return p.put(RR, xml.substring(0, xml.length() / 2)).zip();
        }, DAMAGED_SHEET));
        cases.add(c("bladet är skräp", () -> good().put(RR, HostileFiles.random(2000, 3)).zip(), DAMAGED_SHEET));
        cases.add(c("ett otillåtet tecken rått i bladets XML", () -> change(RR, "<v>16300.0</v>", "<v>16\u0001300</v>"),
                DAMAGED_SHEET));
        cases.add(c("workbook.xml är trasig", () -> change("xl/workbook.xml", "</sheets>", "</sheet>"),
                FILE + "filen är skadad: arbetsbokens huvuddel (xl/workbook.xml) går inte att läsa."));
        cases.add(c("sharedStrings.xml är trasig", () -> change(SST, "</sst>", "<si>"),
                FILE + "filen är skadad: tabellen med delade texter (xl/sharedStrings.xml) går inte att läsa."));
        cases.add(c("styles.xml är trasig", () -> change("xl/styles.xml", "</styleSheet>", "<x"),
                FILE + "filen är skadad: formatmallarna (xl/styles.xml) går inte att läsa."));
        cases.add(c("workbook.xml saknas", () -> good().remove("xl/workbook.xml").zip(),
                FILE + "filen är skadad eller ingen Excel-arbetsbok: arbetsbokens huvuddel (xl/workbook.xml) saknas."));
        cases.add(c("ett listat blad saknas i filen", () -> good().remove(RR).zip(),
                "Resultaträkning: bladet finns i arbetsbokens lista men dess innehåll (xl/worksheets/sheet3.xml) saknas "
                        + "i filen" + BROKEN));
        cases.add(c("bladets relation saknas", () -> change("xl/workbook.xml", "r:id=\"rId5\"", "r:id=\"rId99\""),
                "Resultaträkning: bladet finns i arbetsbokens lista men dess innehåll saknas i filen" + BROKEN));
        cases.add(c("Resultaträkning är ett diagramblad", () -> change("xl/_rels/workbook.xml.rels",
                "Target=\"worksheets/sheet3.xml\" Type=\"([^\"]*)/worksheet\"",
                "Target=\"worksheets/sheet3.xml\" Type=\"$1/chartsheet\""),
                "Resultaträkning: bladet är inget vanligt kalkylblad (det är ett diagramblad)"));
        cases.add(c("bladet Rapport saknas", () -> new WorkbookBuilder().sheet("Blad1").row("x").build(),
                FILE + "arbetsboken saknar bladet \"Rapport\""));

        // ---- formulas
        String saveWithResult = "; öppna arbetsboken i Excel och spara den, så att resultatet sparas med";
        cases.add(c("formel mot en annan arbetsbok utan sparat resultat",
                () -> cell("E3", "<c r=\"E3\"><f>[1]Blad1!E3</f><v></v></c>"),
                "Resultaträkning!E3: formeln =[1]Blad1!E3 hämtar värden från en annan arbetsbok och har inget sparat "
                        + "resultat"));
        cases.add(c("cirkelreferens utan sparat resultat", () -> cell("E3", "<c r=\"E3\"><f>E3+E2</f><v></v></c>"),
                "Resultaträkning!E3: formeln =E3+E2 hänvisar till sig själv (en cirkelreferens)"));
        cases.add(c("okänd funktion utan sparat resultat", () -> cell("E3", "<c r=\"E3\"><f>SNURRA(E2)</f></c>"),
                "Resultaträkning!E3: formeln =SNURRA(E2) kunde inte beräknas: den använder en funktion som Rapportverk "
                        + "inte kan beräkna" + saveWithResult));
        cases.add(c("formel med sparat felvärde #REF!", () -> cell("E3", "<c r=\"E3\" t=\"e\"><f>#REF!+1</f>"
                + "<v>#REF!</v></c>"), "Resultaträkning!E3: formeln =#REF!+1 ger felvärdet #REF!"));
        cases.add(c("IDAG() utan sparat resultat", () -> cell("E3", "<c r=\"E3\"><f>TODAY()-45000</f><v></v></c>"),
                "Resultaträkning!E3: formeln =TODAY()-45000 har inget sparat resultat, och arbetsboken har formler som "
                        + "beror på dagens datum"));
        cases.add(c("formel på text utan sparat resultat", () -> cell("E3", "<c r=\"E3\"><f>A3*2</f><v></v></c>"),
                "Resultaträkning!E3: formeln =A3*2 ger felvärdet #VALUE!"));

        // ---- cells that Excel cannot have written
        String number = "Resultaträkning!E3: cellen är ett tal men innehåller ";
        cases.add(c("talcell med text", () -> cell("E3", "<c r=\"E3\"><v>mycket</v></c>"), number + "\"mycket\""));
        cases.add(c("talcell med NaN", () -> cell("E3", "<c r=\"E3\"><v>NaN</v></c>"), number + "\"NaN\" (NaN, inte ett tal)"));
        cases.add(c("talcell med oändligheten", () -> cell("E3", "<c r=\"E3\" t=\"n\"><v>INF</v></c>"),
                number + "\"INF\" (oändligheten)"));
        cases.add(c("talcell med minus oändligheten", () -> cell("E3", "<c r=\"E3\"><v>-Infinity</v></c>"),
                number + "\"-Infinity\" (oändligheten)"));
        cases.add(c("talcell utanför Excels talområde", () -> cell("E3", "<c r=\"E3\"><v>1E400</v></c>"),
                number + "\"1E400\""));
        cases.add(c("talcell med 500 siffror", () -> cell("E3", "<c r=\"E3\"><v>" + "9".repeat(500) + "</v></c>"),
                number + "500 tecken"));
        cases.add(c("okänd felkod", () -> cell("E3", "<c r=\"E3\" t=\"e\"><v>#SNURR!</v></c>"),
                "Resultaträkning!E3: cellen innehåller felvärdet \"#SNURR!\", som Excel inte har"));
        cases.add(c("felvärdet #N/A i en beloppscell", () -> cell("E3", "<c r=\"E3\" t=\"e\"><v>#N/A</v></c>"),
                "Resultaträkning!E3: cellen innehåller felvärdet #N/A"));
        cases.add(c("delad text utanför tabellen", () -> cell("E3", "<c r=\"E3\" t=\"s\"><v>4711</v></c>"),
                "Resultaträkning!E3: cellen hänvisar till delad text nummer 4 711, men arbetsboken har bara "));
        cases.add(c("delad text som inte är ett nummer", () -> cell("E3", "<c r=\"E3\" t=\"s\"><v>tre</v></c>"),
                "Resultaträkning!E3: cellen hänvisar till en delad text som inte finns (\"tre\")"));
        cases.add(c("okänd celltyp", () -> cell("E3", "<c r=\"E3\" t=\"q\"><v>1</v></c>"),
                "Resultaträkning!E3: cellen har den okända celltypen \"q\""));
        cases.add(c("sant/falskt med annat innehåll", () -> cell("E3", "<c r=\"E3\" t=\"b\"><v>kanske</v></c>"),
                "Resultaträkning!E3: cellen är SANT/FALSKT men innehåller \"kanske\""));
        cases.add(c("datumcell med fel datum", () -> cell("E3", "<c r=\"E3\" t=\"d\"><v>2025-13-45</v></c>"),
                "Resultaträkning!E3: cellen är ett datum men innehåller \"2025-13-45\""));
        cases.add(c("samma cell två gånger", () -> change(RR, "(<c r=\"E3\"[^>]*><v>[^<]*</v></c>)", "$1$1"),
                "Resultaträkning!E3: cellen finns två gånger i filen" + BROKEN));
        cases.add(c("samma rad två gånger", () -> change(RR, "(<row r=\"3\">.*?</row>)", "$1$1"),
                "Resultaträkning: rad 3 finns två gånger i filen" + BROKEN));
        cases.add(c("rad bortom Excels sista rad", () -> change(RR, "</sheetData>",
                "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row></sheetData>"),
                "Resultaträkning: rad 1 048 577 ligger bortom Excels sista rad 1 048 576"));
        cases.add(c("kolumn bortom XFD", () -> change(RR, "</sheetData>", "<row r=\"40\"><c r=\"XFE40\"><v>1</v></c>"
                + "</row></sheetData>"), "Resultaträkning: cellen \"XFE40\" ligger bortom Excels sista kolumn XFD"));
        cases.add(c("cellreferens som inte går att läsa", () -> cell("E3", "<c r=\"3E\"><v>1</v></c>"),
                "Resultaträkning: cellreferensen \"3E\" på rad 3 går inte att läsa" + BROKEN));
        cases.add(c("cell på fel rad", () -> cell("E3", "<c r=\"E4\"><v>1</v></c>"),
                "Resultaträkning: cellen \"E4\" står på rad 3" + BROKEN));
        String tooLong = ": cellen har mer än 32 767 tecken, mer än en cell i Excel rymmer";
        cases.add(c("jättelik delad text", () -> change(SST, "Nämnden redovisar ett underskott\\.",
                "x".repeat(40_000)), "Texter!C2" + tooLong));
        cases.add(c("jättelik text direkt i cellen", () -> change(TEXTER, "<c r=\"C3\"[^>]*><v>[^<]*</v></c>",
                "<c r=\"C3\" t=\"inlineStr\"><is><t>" + "å".repeat(40_000) + "</t></is></c>"), "Texter!C3" + tooLong));

        // ---- headers
        cases.add(c("dubbla rubriker med värden i båda", () -> TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos", "Prognos")
                .row("Lokalhyror", null, -1, -2, -3, -4).build(),
                "Resultaträkning!F1: kolumnen \"Prognos\" finns redan i E1, och kolumnen har värden (till exempel i F2)"));
        cases.add(c("sammanfogad rubrik över en kolumn med värden", () -> XlsxParts.of(TestWorkbooks.rapport()
                .sheet("Resultaträkning").row("Post", "Typ", "Utfall period", null, "Budget", "Prognos")
                .row("Lokalhyror", null, -1, -5, -2, -3).build()).replaceFirst("xl/worksheets/sheet2.xml",
                "</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C1:D1\"/></mergeCells>").zip(),
                "Resultaträkning!D1: rubriken \"Utfall period\" är sammanfogad över C1:D1, så kolumn D har ingen egen "
                        + "rubrik, och kolumnen har värden (till exempel i D2)"));
        cases.add(c("en obligatorisk kolumn saknas", () -> TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget").row("Lokalhyror", -1, -2).build(),
                "Resultaträkning: kolumnen \"Prognos\" saknas."));

        // ---- control and bidi characters that leave no number
        cases.add(c("styrtecken som vänder ett tal", () -> rr("Lokalhyror", null, "\u202E12-", -2, -3).build(),
                "Resultaträkning!C2: \"12-\" är inte ett tal"));

        // ---- every number form of the contract, typed wrong
        String nan = "\" är inte ett tal; skriv till exempel 1 092,2 eller -51,2";
        for (String bad : List.of("1.092,2", "1,092.2", "1 09,2", "12,3x", "--5", "12 euro", "1,2,3", "2025-01-01",
                "1 092,2 kr%", "+-4")) {            cases.add(c("talform: " + bad, () -> rr("Lokalhyror", null, bad, -2, -3).build(),
                    "Resultaträkning!C2: \"" + bad + nan));
        }
        cases.add(c("talform: -12.500 (tvetydig)", () -> rr("Lokalhyror", null, "-12.500", -2, -3).build(),
                "Resultaträkning!C2: \"-12.500\" kan läsas både som -12,5 och som -12 500"));
        cases.add(c("talform: 1.250 mkr (tvetydig)", () -> rr("Lokalhyror", null, "1.250 mkr", -2, -3).build(),
                "Resultaträkning!C2: \"1.250 mkr\" kan läsas både som 1,25 mkr och som 1 250 mkr"));
        cases.add(c("talform: 12 % i en beloppskolumn", () -> rr("Lokalhyror", null, "12 %", -2, -3).build(),
                "Resultaträkning!C2: \"12 %\" är ett procenttal men kolumnen \"Utfall period\" ska innehålla ett belopp i tkr"));
        cases.add(c("talform: procentformaterad cell i en beloppskolumn", () -> rr("Lokalhyror", null,
                WorkbookBuilder.percent(0.12), -2, -3).build(), "Resultaträkning!C2: cellen är formaterad som procent men "
                + "kolumnen \"Utfall period\" ska innehålla ett belopp i tkr"));
        cases.add(c("talform: SANT i en beloppskolumn", () -> rr("Lokalhyror", null, true, -2, -3).build(),
                "Resultaträkning!C2: \"SANT" + nan));
        cases.add(c("datumform: 1 mars", () -> TestWorkbooks.rapport().sheet("Åtgärder")
                .row("Åtgärd", "Startdatum", "Effekt helår").row("Färre timmar", "1 mars", 1000).build(),
                "Åtgärder!B2: \"1 mars\" är inte ett datum; skriv datumet som 2025-01-01 (år-månad-dag)"));
        cases.add(c("datumform: ett tal som inte är formaterat som datum", () -> TestWorkbooks.rapport()
                .sheet("Åtgärder").row("Åtgärd", "Startdatum", "Effekt helår").row("Färre timmar", 45717, 1000).build(),
                "Åtgärder!B2: \"45717\" är inte ett datum"));
        cases.add(c("Rapport: År i ord", () -> new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde")
                .row("Kommun", "K").row("Nämnd", "N").row("År", "tjugo").build(),
                "Rapport!B4: \"tjugo\" är inte ett årtal"));
        cases.add(c("Rapport: okänd beloppsenhet", () -> new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde")
                .row("Kommun", "K").row("Nämnd", "N").row("År", 2025).row("Beloppsenhet", "euro").build(),
                "Rapport!B5: \"euro\" är ingen beloppsenhet; skriv kr, tkr eller mkr"));
        return cases.stream();
    }

    @Test
    void theCatalogueHasAtLeastSixtyCases() {
        assertTrue(catalogue().count() >= 60, "cases: " + catalogue().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedCleanlyByGenerateAndCheck(Case c) throws IOException {
        Path input = dir.resolve(c.fileName());
        Files.write(input, c.bytes().get());
        byte[] before = Files.readAllBytes(input);
        FileTime modified = Files.getLastModifiedTime(input);
        Path out = Files.createDirectory(dir.resolve("ut"));

        CliRun generate = CliRun.of("generate", input.toString(), "--out", out.toString());
        assertClean(c, generate);
        assertTrue(generate.err().contains("Inga filer skrevs"), generate.all());
        try (Stream<Path> left = Files.walk(out)) {
            assertEquals(List.of(out), left.toList(), "nothing is left in the output folder, hidden or not");
        }
        CliRun check = CliRun.of("check", input.toString());
        assertClean(c, check);

        assertArrayEquals(before, Files.readAllBytes(input), "the input is never changed");
        assertEquals(modified, Files.getLastModifiedTime(input), "the input is never written");
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(2, beside.count(), "nothing is written beside the input");
        }
    }

    private static void assertClean(Case c, CliRun run) {
        assertEquals(1, run.status(), () -> "exit status 1 (fel i arbetsboken):\n" + run.all());
        assertTrue(run.plain().contains(c.expected()), () -> "expected\n  " + c.expected() + "\nin\n" + run.all());
        for (String english : ENGLISH) {
            assertFalse(run.all().contains(english), () -> "English library text \"" + english + "\":\n" + run.all());
        }
        assertFalse(TRACE.matcher(run.all()).find(), () -> "an exception name or stack trace:\n" + run.all());
        assertEquals("", run.stray(), "nothing is printed past the command's own streams");
    }
}
