package se.rapportverk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.rapportverk.template.TemplateEngine;

/**
 * The page in a real browser (headless Chromium, see {@link Browser}), as a user works with it:
 * drop the example workbook, read the warnings with their sheet and cell, look at the preview,
 * download the PDF and open it. Expected places and figures are those input-examples/README.md
 * gives for {@code delarsrapport-med-avvikelser.xlsx}. Screenshots of the page after the drop and
 * with an error are left in {@code target/webbsida.png} and {@code target/webbsida-fel.png} for
 * people to look at.
 */
class WebPageBrowserTest {

    private static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    private static final List<String> WARNING_PLACES = List.of("Resultaträkning!E5", "Resultaträkning!I6",
            "Driftsredovisning!C18", "Driftsredovisning!H18", "Resultaträkning!C11", "Driftsredovisning!D15",
            // check 7: Hemtjänst's Prognos against the forecast methods (input-examples/README.md)
            "Driftsredovisning!H2");

    @TempDir
    static Path temp;

    private static WebServer server;
    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        if (!Browser.installed()) {
            return;
        }
        server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, TemplateEngine.builtIn()),
                Limits.defaults(), () -> { }, line -> { });
        downloads = temp.resolve("nedladdningar");
        driver = Browser.start(temp.resolve("profil"), downloads);
    }

    /** Each test is skipped (counted as skipped) or, under CI=true, fails when the browser is missing. */
    @BeforeEach
    void requireBrowser() {
        Browser.requireInstalled();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private static void open() {
        driver.get(server.address().toString());
        waiting().until(d -> !d.findElement(By.id("version")).getText().isEmpty());
    }

    /**
     * Drops a file on the drop zone as the browser does when a file is dragged from the Explorer:
     * a drop event whose DataTransfer holds the file. (WebDriver cannot drag from outside the page,
     * so the file is first taken in by a file input of the test's own.)
     */
    private static void drop(Path file) {
        driver.executeScript("const i = document.createElement('input'); i.type = 'file'; i.id = 'test-slapp';"
                + "i.style.display = 'none'; document.body.append(i);");
        driver.findElement(By.id("test-slapp")).sendKeys(file.toAbsolutePath().toString());
        driver.executeScript("const f = document.getElementById('test-slapp').files[0];"
                + "const dt = new DataTransfer(); dt.items.add(f);"
                + "const zone = document.getElementById('slapp');"
                + "for (const type of ['dragenter', 'dragover', 'drop']) {"
                + "  zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));"
                + "}"
                + "document.getElementById('test-slapp').remove();");
    }

    @Test
    void dropTheExampleSeeTheWarningsAndThePreviewAndDownloadThePdf() throws Exception {
        open();
        assertEquals("sv", driver.findElement(By.tagName("html")).getAttribute("lang"));
        drop(TestWorkbooks.AVVIKELSER);

        // The progress shows while the server works; then the findings and the document.
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dokumentlista article")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#fynd tr[data-allvar]"));
        assertEquals(WARNING_PLACES, rows.stream().map(r -> r.getAttribute("data-plats")).toList());
        for (WebElement row : rows) {
            assertEquals("warning", row.getAttribute("data-allvar"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            // Not by colour alone: each row says "Varning" in words.
            assertEquals("⚠ Varning", cells.get(0).getText());
            String place = row.getAttribute("data-plats");
            assertEquals(place.substring(0, place.indexOf('!')), cells.get(1).getText());
            assertEquals(place.substring(place.indexOf('!') + 1), cells.get(2).getText());
        }
        String e5 = rows.getFirst().findElements(By.tagName("td")).get(3).getText().replace('\u00A0', ' ');
        assertTrue(e5.startsWith("Summa intäkter (Utfall period) är angiven till 63 235 tkr men raderna E2:E4 "
                + "summerar till 61 135 tkr"), e5);
        assertEquals("⚠ 7 varningar", driver.findElement(By.cssSelector(".fyndgrupp.varning h3")).getText());
        assertTrue(driver.findElements(By.cssSelector(".fyndgrupp.fel")).isEmpty(), "no errors");
        assertEquals("⚠ Arbetsboken går att göra dokument av, men har 7 varningar. Läs dem innan dokumenten används.",
                driver.findElement(By.id("sammanfattning")).getText());
        assertTrue(driver.findElement(By.id("status-text")).getText()
                .startsWith("Klart: delarsrapport-med-avvikelser.xlsx är kontrollerad"));

        // The preview: the document's own HTML, its table with the sum the rows give (61 135 tkr).
        WebElement card = driver.findElement(By.cssSelector("#dokumentlista article"));
        assertEquals("Delårsrapport augusti 2025", card.findElement(By.tagName("h3")).getText());
        WebElement frame = card.findElement(By.tagName("iframe"));
        assertEquals("Förhandsvisning av Delårsrapport augusti 2025", frame.getAttribute("title"));
        driver.switchTo().frame(frame);
        String preview = driver.findElement(By.tagName("body")).getText().replace('\u00A0', ' ');
        assertTrue(preview.contains("2 Uppföljning ekonomi"), preview);
        assertTrue(preview.contains("Summa intäkter 95,8 56,5 61,1"), preview);
        driver.switchTo().defaultContent();

        screenshot(Path.of("target", "webbsida.png"));

        // The PDF, downloaded as the user does: the browser posts the workbook again.
        WebElement pdfButton = card.findElement(By.cssSelector("button[data-laddning='pdf']"));
        assertEquals("Ladda ned PDF", pdfButton.getText());
        pdfButton.click();
        Path pdf = waitForDownload(PDF);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals("Delårsrapport augusti 2025", doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            assertTrue(text.contains("Vård- och omsorgsnämnden"), text);
            assertTrue(text.contains("Summa intäkter 95,8 56,5 61,1"), text);
        }
        waiting().until(d -> d.findElement(By.id("status-text")).getText().startsWith("Laddade ned " + PDF));
        assertEquals("Ladda ned PDF", pdfButton.getText(), "the button is itself again");
        assertTrue(pdfButton.isEnabled());
    }

    @Test
    void aWorkbookWithAnErrorChosenWithTheButtonShowsTheErrorAndNoDocuments() throws IOException {
        open();
        Path workbook = temp.resolve("arbetsbok-med-fel.xlsx");
        Files.write(workbook, TestWorkbooks.withTextInE3());
        driver.findElement(By.id("fil")).sendKeys(workbook.toAbsolutePath().toString());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dokument")));
        WebElement row = driver.findElement(By.cssSelector("#fynd tr[data-allvar='error']"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("✖ Fel", cells.get(0).getText());
        assertEquals("Resultaträkning", cells.get(1).getText());
        assertEquals("E3", cells.get(2).getText());
        assertTrue(cells.get(3).getText().startsWith("\"12,3x\" är inte ett tal"), cells.get(3).getText());
        assertEquals("✖ 1 fel", driver.findElement(By.cssSelector(".fyndgrupp.fel h3")).getText());
        assertTrue(driver.findElement(By.id("sammanfattning")).getText()
                .startsWith("✖ Arbetsboken har 1 fel som måste rättas innan dokumenten kan göras"));
        assertTrue(driver.findElements(By.cssSelector("#dokumentlista article")).isEmpty());
        assertEquals("Inga dokument kan göras förrän felen ovan är rättade. Kontrollrapporten visar varje kontroll.",
                driver.findElement(By.id("dokument-info")).getText());
        assertFalse(driver.findElement(By.id("allt")).isDisplayed(), "no zip of documents that cannot be made");
        screenshot(Path.of("target", "webbsida-fel.png"));
    }

    @Test
    void aFileThatIsNotAWorkbookGetsTheServersSwedishMessage() throws IOException {
        open();
        Path notes = temp.resolve("budget.xlsx");
        Files.writeString(notes, "inte en arbetsbok");
        driver.findElement(By.id("fil")).sendKeys(notes.toAbsolutePath().toString());
        WebElement alert = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("felruta")));
        assertEquals("alert", alert.getAttribute("role"));
        String text = alert.getText();
        assertTrue(text.startsWith("✖ Arbetsboken budget.xlsx kunde inte läsas."), text);
        assertTrue(text.contains("filen är inte en Excel-arbetsbok (.xlsx)"), text);
        assertTrue(text.contains("Hela arbetsboken"), "the place is the whole file: " + text);
    }

    @Test
    void theFileChooserIsReachedWithTheKeyboardAndEveryFieldHasALabel() {
        open();
        Actions keys = new Actions(driver);
        String focused = "";
        for (int i = 0; i < 4 && !focused.equals("fil"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            focused = String.valueOf(driver.executeScript("return document.activeElement.id"));
        }
        assertEquals("fil", focused, "Tab reaches the file chooser right after the skip link");
        for (WebElement input : driver.findElements(By.tagName("input"))) {
            String id = input.getAttribute("id");
            assertFalse(driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(), "label for " + id);
        }
        assertEquals("status", driver.findElement(By.id("status")).getAttribute("role"));
        assertEquals("polite", driver.findElement(By.id("status")).getAttribute("aria-live"));
    }

    /** The whole page, not only the window, as a PNG (through the DevTools protocol). */
    private static void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> metrics = (java.util.Map<String, Object>) driver.executeCdpCommand(
                "Page.getLayoutMetrics", java.util.Map.of());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> size = (java.util.Map<String, Object>) metrics.get("cssContentSize");
        java.util.Map<String, Object> clip = java.util.Map.of("x", 0, "y", 0,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue(),
                "scale", 1);
        java.util.Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static Path waitForDownload(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> done;
            try (Stream<Path> s = Files.list(downloads)) {
                done = s.filter(p -> p.getFileName().toString().equals(name)).findFirst();
            }
            if (done.isPresent()) {
                try (Stream<Path> s = Files.list(downloads)) {
                    if (s.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"))) {
                        return done.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        try (Stream<Path> s = Files.list(downloads)) {
            throw new AssertionError("no " + name + " in " + downloads + ": " + s.toList());
        }
    }
}
