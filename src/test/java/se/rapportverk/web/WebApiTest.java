package se.rapportverk.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.cli.Main;
import se.rapportverk.template.TemplateEngine;

/**
 * The API end to end, over HTTP with java.net.http, on a server started on a free port: what
 * another system gets. Expected places and figures are those input-examples/README.md lists for
 * {@code delarsrapport-med-avvikelser.xlsx}; the files are compared with what
 * {@code rapportverk generate} writes.
 */
class WebApiTest {

    private static final String AVVIKELSER = "delarsrapport-med-avvikelser.xlsx";
    private static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    private static final String DOCX = "delarsrapport-vard-och-omsorgsnamnden-2025-08.docx";

    /** The five deliberate mistakes and the follow-up of the third, as the README lists their cells. */
    private static final List<String> WARNING_PLACES = List.of("Resultaträkning!E5", "Resultaträkning!I6",
            "Driftsredovisning!C18", "Driftsredovisning!H18", "Resultaträkning!C11", "Driftsredovisning!D15",
            // check 7: Hemtjänst's Prognos against the forecast methods (input-examples/README.md)
            "Driftsredovisning!H2");

    private static WebServer server;
    private static Http http;
    private static final List<String> LOG = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, TemplateEngine.builtIn()),
                Limits.defaults(), () -> { }, LOG::add);
        http = new Http(server.address());
    }

    @AfterAll
    static void stop() {
        Path spill = server.spillFolder();
        server.close();
        assertFalse(Files.exists(spill), "the server's temporary folder is removed when it stops");
    }

    private static Http.Form avvikelser() {
        return Http.form(AVVIKELSER, TestWorkbooks.bytes(TestWorkbooks.AVVIKELSER));
    }

    @Test
    void checkListsEveryWarningWithItsSheetAndCell() {
        Http.Answer a = http.post("api/check", avvikelser());
        assertEquals(200, a.status(), a.text());
        assertEquals("application/json;charset=utf-8", a.header("Content-Type").replace(" ", ""));
        JsonNode body = a.json();
        assertEquals(AVVIKELSER, body.get("workbook").asText());
        assertTrue(body.get("ok").asBoolean());
        assertEquals(0, body.get("errors").asInt());
        assertEquals(7, body.get("warnings").asInt());
        List<String> places = new ArrayList<>();
        for (JsonNode f : body.get("findings")) {
            assertEquals("warning", f.get("severity").asText());
            assertEquals("varning", f.get("severityText").asText());
            String place = f.get("place").asText();
            places.add(place);
            assertEquals(place, f.get("sheet").asText() + "!" + f.get("cell").asText());
        }
        assertEquals(WARNING_PLACES, places);
        JsonNode e5 = body.get("findings").get(0);
        assertEquals("Resultaträkning", e5.get("sheet").asText());
        assertEquals("E5", e5.get("cell").asText());
        String message = e5.get("message").asText().replace('\u00A0', ' ');
        assertTrue(message.startsWith("Summa intäkter (Utfall period) är angiven till 63 235 tkr men raderna E2:E4 "
                + "summerar till 61 135 tkr; skillnaden är 2 100 tkr"), message);
        assertEquals(7, body.get("checks").get("failed").asInt());
        assertEquals(body.get("checks").get("total").asInt() - 7, body.get("checks").get("passed").asInt());
        JsonNode docs = body.get("documents");
        assertEquals(1, docs.size());
        assertEquals("delarsrapport", docs.get(0).get("id").asText());
        assertEquals("Delårsrapport", docs.get(0).get("name").asText());
        assertEquals("[\"pdf\",\"docx\"]", docs.get(0).get("formats").toString());
    }

    @Test
    void checkOfAWorkbookWithAnErrorNamesTheCellAndOffersNoDocuments() {
        Http.Answer a = http.post("api/check", Http.form("fel.xlsx", TestWorkbooks.withTextInE3()));
        assertEquals(200, a.status(), a.text());
        JsonNode body = a.json();
        assertFalse(body.get("ok").asBoolean());
        assertEquals(1, body.get("errors").asInt());
        JsonNode error = null;
        for (JsonNode f : body.get("findings")) {
            if (f.get("severity").asText().equals("error")) {
                error = f;
            }
        }
        assertNotNull(error, body.toString());
        assertEquals("Resultaträkning!E3", error.get("place").asText());
        assertEquals("fel", error.get("severityText").asText());
        assertTrue(error.get("message").asText().replace('\u00A0', ' ')
                .startsWith("\"12,3x\" är inte ett tal; skriv till exempel 1 092,2 eller -51,2"), error.toString());
        assertEquals(0, body.get("documents").size(), "no documents are offered while the workbook has errors");
    }

    @Test
    void generateAnswersAZipOfWhatTheCommandLineWrites(@TempDir Path dir) throws Exception {
        Http.Answer a = http.post("api/generate", avvikelser().field("kontrollrapport", "true"));
        assertEquals(200, a.status(), a.text());
        assertEquals("application/zip", a.header("Content-Type"));
        assertTrue(a.header("Content-Disposition").contains("filename=\"dokument-delarsrapport-med-avvikelser.zip\""),
                a.header("Content-Disposition"));
        Map<String, byte[]> zip = unzip(a.body());
        assertEquals(List.of(PDF, DOCX, "kontrollrapport-delarsrapport-med-avvikelser.pdf",
                "kontrollrapport-delarsrapport-med-avvikelser.html", "manifest-delarsrapport-med-avvikelser.json"),
                List.copyOf(zip.keySet()));

        // The PDF is the delårsrapport of the workbook, with the sum the rows give (61 135 tkr = 61,1 mkr).
        try (PDDocument pdf = Loader.loadPDF(zip.get(PDF))) {
            assertEquals("Delårsrapport augusti 2025", pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
            assertTrue(text.contains("Vård- och omsorgsnämnden"), text);
            assertTrue(text.contains("Summa intäkter 95,8 56,5 61,1"), text);
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(zip.get(DOCX)))) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> "Rubrik1".equals(p.getStyle()) || "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings.stream().anyMatch(h -> h.contains("Uppföljning ekonomi")), headings.toString());
        }
        // The manifest names every other file with its SHA-256.
        JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(zip.get("manifest-delarsrapport-med-avvikelser.json"));
        assertEquals(AVVIKELSER, manifest.get("workbook").get("file").asText(), manifest.toString());
        int outputs = 0;
        for (JsonNode o : manifest.get("outputs")) {
            assertEquals(sha256(zip.get(o.get("file").asText())), o.get("sha256").asText());
            outputs++;
        }
        assertEquals(4, outputs);

        // Byte for byte what `rapportverk generate --report` writes for the same workbook.
        Path workbook = dir.resolve(AVVIKELSER);
        Files.copy(TestWorkbooks.AVVIKELSER, workbook);
        Path out = dir.resolve("ut");
        int status = Main.run(new String[] {"generate", workbook.toString(), "--out", out.toString(), "--report"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        try (Stream<Path> files = Files.list(out)) {
            List<String> written = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(zip.keySet().stream().sorted().toList(), written);
        }
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            assertArrayEquals(Files.readAllBytes(out.resolve(e.getKey())), e.getValue(), e.getKey());
        }
    }

    @Test
    void generateWithoutTheReportHasTheDocumentsAndTheManifest() throws IOException {
        Http.Answer a = http.post("api/generate", avvikelser());
        assertEquals(200, a.status(), a.text());
        assertEquals(List.of(PDF, DOCX, "manifest-delarsrapport-med-avvikelser.json"),
                List.copyOf(unzip(a.body()).keySet()));
    }

    @Test
    void generateOfAWorkbookWithAnErrorIs422WithTheFindings() {
        Http.Answer a = http.post("api/generate", Http.form("fel.xlsx", TestWorkbooks.withTextInE3()));
        assertEquals(422, a.status());
        JsonNode body = a.json();
        assertEquals(422, body.get("status").asInt());
        assertEquals("Arbetsboken fel.xlsx har 1 fel som måste rättas innan dokumenten kan göras.",
                body.get("message").asText());
        assertTrue(body.get("findings").toString().contains("Resultaträkning!E3"), body.toString());
    }

    @Test
    void oneDocumentDownloadIsTheSameFileAsInTheZip() throws IOException {
        byte[] zipped = unzip(http.post("api/generate", avvikelser()).body()).get(PDF);
        Http.Answer pdf = http.post("api/document/delarsrapport/pdf", avvikelser());
        assertEquals(200, pdf.status(), pdf.text());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(pdf.header("Content-Disposition").contains("filename=\"" + PDF + "\""));
        assertArrayEquals(zipped, pdf.body());

        Http.Answer docx = http.post("api/document/delarsrapport/docx", avvikelser());
        assertEquals(200, docx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.header("Content-Type"));
        assertEquals('P', docx.body()[0]);
        assertEquals('K', docx.body()[1]);
    }

    @Test
    void aDocumentTheWorkbookCannotMakeIs422AndAnUnknownOneIs404() {
        Http.Answer plan = http.post("api/document/handlingsplan/pdf", avvikelser());
        assertEquals(422, plan.status());
        assertTrue(plan.json().get("findings").toString().contains("arbetsboken har inga uppgifter för dokumentet "
                + "handlingsplan"), plan.text());
        Http.Answer unknown = http.post("api/document/arsredovisning/pdf", avvikelser());
        assertEquals(404, unknown.status());
        assertEquals("Okänt dokument \"arsredovisning\"; välj delarsrapport, handlingsplan eller tjansteskrivelse.",
                unknown.json().get("message").asText());
        Http.Answer format = http.post("api/document/delarsrapport/odt", avvikelser());
        assertEquals(404, format.status());
        assertEquals("Okänt format \"odt\"; välj pdf, docx, html.", format.json().get("message").asText());
    }

    @Test
    void previewIsHtmlFromTheSameDocumentTree() {
        Http.Answer a = http.post("api/preview", avvikelser());
        assertEquals(200, a.status(), a.text());
        JsonNode doc = a.json().get("documents").get(0);
        assertEquals("delarsrapport", doc.get("id").asText());
        assertEquals("Delårsrapport augusti 2025", doc.get("title").asText());
        assertEquals("[\"" + PDF + "\",\"" + DOCX + "\"]", doc.get("files").toString());
        String html = doc.get("html").asText().replace('\u00A0', ' ');
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv-SE\">"), html);
        assertTrue(html.contains(">2 Uppföljning ekonomi</h1>"), html);
        assertTrue(html.contains("<td>Summa intäkter</td><td class=\"r\">95,8</td><td class=\"r\">56,5</td>"
                + "<td class=\"r\">61,1</td>"), html);
        assertFalse(html.contains("<script"), "the preview carries no script");
        assertEquals("[\"kontrollrapport-delarsrapport-med-avvikelser.pdf\","
                + "\"kontrollrapport-delarsrapport-med-avvikelser.html\"]", a.json().get("kontrollrapport").toString());
    }

    @Test
    void kontrollrapportComesAsPdfAndHtmlEvenWithErrors() throws IOException {
        Http.Answer pdf = http.post("api/kontrollrapport/pdf", avvikelser());
        assertEquals(200, pdf.status(), pdf.text());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Resultaträkning!E5"), text);
        }
        // Under --strict the discrepancies are errors: the report is still made, and shows them.
        Http.Answer html = http.post("api/kontrollrapport/html", avvikelser().field("strikt", "true"));
        assertEquals(200, html.status(), html.text());
        assertEquals("text/html;charset=utf-8", html.header("Content-Type").replace(" ", ""));
        assertTrue(html.text().contains("Driftsredovisning!H18"), "the report shows the error");
        assertEquals(404, http.post("api/kontrollrapport/docx", avvikelser()).status());
    }

    @Test
    void aFileThatIsNotAWorkbookIs422InSwedish() {
        Http.Answer a = http.post("api/check", Http.form("anteckningar.txt",
                "Det här är ingen arbetsbok.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, a.status());
        JsonNode body = a.json();
        assertEquals("Arbetsboken anteckningar.txt kunde inte läsas.", body.get("message").asText());
        JsonNode f = body.get("findings").get(0);
        assertEquals("error", f.get("severity").asText());
        assertEquals("anteckningar.txt", f.get("place").asText());
        assertTrue(f.get("sheet").isNull());
        assertTrue(f.get("cell").isNull());
        assertEquals("filen är inte en Excel-arbetsbok (.xlsx). Öppna den i Excel, spara den som Excel-arbetsbok "
                + "(.xlsx) och försök igen.", f.get("message").asText());
    }

    @Test
    void aWorkbookCutShortIs422InSwedish() {
        byte[] whole = TestWorkbooks.bytes(TestWorkbooks.DELARSRAPPORT);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Http.Answer a = http.post("api/check", Http.form("avbruten.xlsx", half));
        assertEquals(422, a.status());
        assertEquals("filen är inte hel: den slutar för tidigt, så den är skadad eller blev avbruten när den "
                + "skickades. Öppna den i Excel, spara den igen och försök på nytt.",
                a.json().get("findings").get(0).get("message").asText());
    }

    @Test
    void aWorkbookWithoutTheRapportSheetIs422WithTheReadersMessage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("hej");
            wb.write(out);
        }
        Http.Answer a = http.post("api/check", Http.form("tom.xlsx", out.toByteArray()));
        assertEquals(422, a.status());
        assertTrue(a.json().get("findings").get(0).get("message").asText()
                .startsWith("arbetsboken saknar bladet \"Rapport\""), a.text());
    }

    @Test
    void requestsThatAreWrongGetSwedishJson() {
        Http.Answer missing = http.post("api/check", new Http.Form().field("strikt", "true"));
        assertEquals(400, missing.status());
        assertEquals("Arbetsboken saknas: skicka den som en fil i fältet \"arbetsbok\".",
                missing.json().get("message").asText());
        Http.Answer notMultipart = http.postRaw("api/check", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, notMultipart.status());
        Http.Answer badFlag = http.post("api/check", avvikelser().field("strikt", "kanske"));
        assertEquals(400, badFlag.status());
        assertEquals("Fältet \"strikt\" ska vara true eller false, inte \"kanske\".", badFlag.json().get("message").asText());
        Http.Answer badDocument = http.post("api/check", avvikelser().field("dokument", "budget"));
        assertEquals(400, badDocument.status());
        Http.Answer unknownPath = http.get("api/finns-inte");
        assertEquals(404, unknownPath.status());
        assertTrue(unknownPath.json().get("message").asText().startsWith("Adressen finns inte i Rapportverk."));
        Http.Answer wrongMethod = http.get("api/check");
        assertEquals(405, wrongMethod.status());
        assertTrue(wrongMethod.json().get("message").asText().startsWith("Adressen tar inte emot den metoden."));
    }

    @Test
    void strictMakesTheDiscrepanciesErrors() {
        JsonNode body = http.post("api/check", avvikelser().field("strikt", "true")).json();
        assertFalse(body.get("ok").asBoolean());
        assertTrue(body.get("errors").asInt() >= 4, body.toString());
        assertEquals(0, body.get("documents").size());
    }

    @Test
    void headersTooLargeForJettyStillGetSwedishJson() throws IOException {
        // Jetty refuses these before Javalin sees them; its own page would be English HTML.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            String request = "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Stor: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
            assertTrue(answer.contains("\"message\" : \"Begärans huvuden (headers) är för stora.\""), answer);
        }
    }

    @Test
    void thePageAndItsFilesComeFromTheServerItselfWithNothingExternal() {
        Http.Answer page = http.get("");
        assertEquals(200, page.status());
        assertEquals("text/html;charset=utf-8", page.header("Content-Type").replace(" ", ""));
        assertTrue(page.text().contains("<html lang=\"sv\">"));
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("no-store", page.header("Cache-Control"));
        for (String file : List.of("", "app.js", "stil.css", "ikon.svg")) {
            Http.Answer a = http.get(file);
            assertEquals(200, a.status(), file);
            String text = a.text();
            for (String external : List.of("http://", "https://", "//cdn", "@import")) {
                if (file.equals("ikon.svg") && external.equals("http://")) {
                    text = text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
                }
                assertFalse(text.contains(external), file + " refers to " + external);
            }
        }
        JsonNode status = http.get("api/status").json();
        assertEquals(20L * 1024 * 1024, status.get("limits").get("maxUploadBytes").asLong());
    }

    @Test
    void nothingIsWrittenToTheTemporaryFolder() throws IOException {
        http.post("api/generate", avvikelser().field("kontrollrapport", "true"));
        try (Stream<Path> s = Files.list(server.spillFolder())) {
            assertEquals(List.of(), s.toList(), "uploads are kept in memory, never spilled to disk");
        }
    }

    @Test
    void theLogNamesRequestsButNoWorkbook() {
        http.post("api/check", avvikelser());
        assertTrue(LOG.stream().anyMatch(l -> l.matches("POST /api/check 200 \\d+ ms")), LOG.toString());
        assertTrue(LOG.stream().noneMatch(l -> l.contains(".xlsx")), LOG.toString());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), readAll(in));
            }
        }
        return files;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
