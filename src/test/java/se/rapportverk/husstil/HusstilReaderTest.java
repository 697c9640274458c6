package se.rapportverk.husstil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.husstil.Husstil.CoverElement;
import se.rapportverk.husstil.Husstil.LetterheadElement;

/**
 * Reading a house style folder: the standard values (as the standard file and the README state
 * them), a changed folder, and every kind of bad setting with its Swedish message naming the file
 * and the line.
 */
class HusstilReaderTest {

    @TempDir
    Path dir;

    /** A folder with the standard house style, as {@code rapportverk husstil} writes it. */
    Path standardFolder(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, byte[]> f : HusstilReader.standardFiles().entrySet()) {
            Files.write(folder.resolve(f.getKey()), f.getValue());
        }
        return folder;
    }

    /** A folder whose husstil.ini is the given text and which has the standard files besides. */
    Path withSettings(String name, String ini) throws IOException {
        Path folder = standardFolder(name);
        Files.writeString(folder.resolve("husstil.ini"), ini);
        return folder;
    }

    HusstilException refused(Path folder) {
        return assertThrows(HusstilException.class, () -> HusstilReader.read(folder));
    }

    String ini(Path folder) {
        return folder.resolve("husstil.ini").toString();
    }

    @Test
    void theStandardHouseStyleHasTheDocumentedValues() {
        Husstil s = Husstil.standard();
        assertTrue(s.isStandard());
        assertEquals(new Color(0x1F3864), s.colours().heading());
        assertEquals(new Color(0x1A1A1A), s.colours().text());
        assertEquals(new Color(0xDCE4EE), s.colours().tableHeader());
        assertEquals(new Color(0x4A5563), s.colours().totalRule());
        assertEquals(new Husstil.Margins(25, 25, 25, 25), s.margins());
        assertEquals("Arial", s.fonts().wordName());
        assertEquals("LiberationSans-Regular.ttf", s.fonts().regular().file());
        assertEquals(List.of(CoverElement.LOGOTYP), s.cover().top());
        assertEquals(List.of(CoverElement.KOMMUN, CoverElement.LINJE, CoverElement.TITEL, CoverElement.NAMND),
                s.cover().middle());
        assertEquals(List.of(CoverElement.FORVALTNING, CoverElement.DATUM, CoverElement.DIARIENUMMER),
                s.cover().bottom());
        assertEquals(90, s.cover().middleFromTop());
        assertEquals(30, s.cover().logoWidth());
        assertEquals(List.of(LetterheadElement.LOGOTYP, LetterheadElement.KOMMUN, LetterheadElement.FORVALTNING),
                s.letterhead().left());
        assertEquals(List.of(LetterheadElement.DOKUMENTTYP, LetterheadElement.UPPGIFTER), s.letterhead().right());
        assertFalse(s.pageHeader().logo());
        Husstil.Logo logo = s.logo().orElseThrow();
        assertEquals("logotyp.png", logo.file());
        assertEquals(544, logo.widthPx());
        assertEquals(644, logo.heightPx());
        assertEquals("Ekeby kommun logotyp", logo.altText("Ekeby kommun"));
        assertEquals(List.of("husstil.ini", "logotyp.png", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
                s.files().stream().map(Husstil.File::name).toList());
    }

    @Test
    void aFolderWrittenByTheCommandReadsAsTheStandardAndCarriesOnlyItsSettings() throws Exception {
        Husstil read = HusstilReader.read(standardFolder("standard"));
        assertFalse(read.isStandard());
        assertEquals(Husstil.standard().colours(), read.colours());
        assertEquals(List.of("husstil.ini"), read.filesToEmbed().stream().map(Husstil.File::name).toList(),
                "the logo and fonts are Rapportverk's own, byte for byte");
        // The built-in style skips decoding its own logo and parsing its own fonts: this read of the
        // same files from a folder does both in full, so they must pass and give the same values.
        Husstil.Logo logo = read.logo().orElseThrow();
        assertEquals(List.of(544, 644), List.of(logo.widthPx(), logo.heightPx()), "the logo's size in pixels (file(1) says 544 x 644)");
        assertEquals(List.of(logo.widthPx(), logo.heightPx()),
                List.of(Husstil.standard().logo().orElseThrow().widthPx(),
                        Husstil.standard().logo().orElseThrow().heightPx()));
        assertEquals(read.fonts().wordName(), Husstil.standard().fonts().wordName());
    }

    @Test
    void changedValuesAreRead() throws Exception {
        Path folder = withSettings("egen", """
                # Sjöstads kommun
                [Färger]
                Rubrik = #7A1F2B
                tabellhuvud = 0A5
                Tabellhuvudets-text = rgb(255, 255, 255)
                [marginaler]
                vänster = 3 cm
                höger = 22,5 mm
                [omslag]
                överst = logotyp, kommun
                mitten = titel, nämnd
                nederst = datum
                [SIDHUVUD]
                logotyp = ja
                """);
        Husstil h = HusstilReader.read(folder);
        assertEquals(new Color(0x7A1F2B), h.colours().heading());
        assertEquals(new Color(0x00AA55), h.colours().tableHeader());
        assertEquals(Color.WHITE, h.colours().tableHeaderText());
        assertEquals(new Color(0x2B3E55), h.colours().subheading(), "a value left out is the standard");
        assertEquals(new Husstil.Margins(30, 22.5, 25, 25), h.margins());
        assertEquals(List.of(CoverElement.DATUM), h.cover().bottom());
        assertTrue(h.pageHeader().logo());
    }

    @Test
    void aLogoAndFontsOfTheKommunsOwnAreReadAndCarried() throws Exception {
        Path folder = standardFolder("egna-filer");
        Files.write(folder.resolve("ekeby.png"), Files.readAllBytes(folder.resolve("logotyp.png")));
        Files.write(folder.resolve("Serif.ttf"), resource("/liberation/LiberationSerif-Regular.ttf"));
        Files.writeString(folder.resolve("husstil.ini"), """
                [logotyp]
                fil = ekeby.png
                alternativtext = Ekeby kommuns vapen
                [typsnitt]
                normal = Serif.ttf
                namn i word =
                """);
        Husstil h = HusstilReader.read(folder);
        assertEquals("Ekeby kommuns vapen", h.logo().orElseThrow().altText("Ekeby kommun"));
        assertEquals("Liberation Serif", h.fonts().wordName(), "the family name in the font file");
        assertEquals(List.of("husstil.ini", "ekeby.png", "Serif.ttf"),
                h.filesToEmbed().stream().map(Husstil.File::name).toList(),
                "a file of the standard's under another name is the kommun's own");
    }

    @Test
    void aSettingsFileFromNotepadInAnsiIsRead() throws Exception {
        Path folder = standardFolder("ansi");
        Files.write(folder.resolve("husstil.ini"), "[färger]\r\nrubrik = #123456\r\n[omslag]\r\nnederst = nämnd\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Husstil h = HusstilReader.read(folder);
        assertEquals(new Color(0x123456), h.colours().heading());
        assertEquals(List.of(CoverElement.NAMND), h.cover().bottom());
        byte[] bom = "\uFEFF[färger]\nrubrik = #654321\n".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("husstil.ini"), bom);
        assertEquals(new Color(0x654321), HusstilReader.read(folder).colours().heading());
    }

    @Test
    void aMissingFolderOrSettingsFile() throws IOException {
        Path none = dir.resolve("finns-inte");
        assertEquals(none + ": mappen finns inte. Skapa en husstil med \"rapportverk husstil " + none + "\".",
                refused(none).getMessage());
        Path empty = Files.createDirectories(dir.resolve("tom"));
        assertEquals(ini(empty) + ": filen finns inte; en husstil är en mapp med filen husstil.ini. Skapa en med "
                + "\"rapportverk husstil MAPP\".", refused(empty).getMessage());
        Path file = Files.writeString(dir.resolve("fil.ini"), "[färger]");
        assertEquals(file + ": är en fil, inte en mapp; --husstil tar mappen som husstil.ini ligger i",
                refused(file).getMessage());
    }

    @Test
    void anUnknownKeyGetsTheNearest() throws IOException {
        Path folder = withSettings("okand", "# färger\n[färger]\nrubrik = #1F3864\nrubrk = #1F3864\n");
        assertEquals(ini(folder) + ", rad 4: okänd nyckel \"rubrk\" i [färger]; menade du \"rubrik\"?; där finns "
                + "\"text\", \"rubrik\", \"underrubrik\", \"accent\", \"tabellhuvud\", \"tabellhuvudets text\", "
                + "\"grupprad\", \"tabellinje\", \"summalinje\", \"sidhuvud och sidfot\", \"diagram 1\", \"diagram 2\", "
                + "\"diagram 3\", \"diagram 4\"", refused(folder).getMessage());
        Path elsewhere = withSettings("annan-sektion", "[färger]\nnormal = Typsnitt.ttf\n");
        assertTrue(refused(elsewhere).getMessage().startsWith(ini(elsewhere) + ", rad 2: okänd nyckel \"normal\" i "
                + "[färger] (den finns under [typsnitt]); där finns"), refused(elsewhere).getMessage());
    }

    @Test
    void anUnknownSectionOrALineThatIsNoSetting() throws IOException {
        Path section = withSettings("sektion", "\n[färgr]\n");
        assertEquals(ini(section) + ", rad 2: okänd sektion [färgr]; menade du [färger]?; sektionerna är [logotyp], "
                + "[typsnitt], [färger], [marginaler], [omslag], [brevhuvud], [sidhuvud]", refused(section).getMessage());
        Path line = withSettings("rad", "[färger]\nrubrik #1F3864\n");
        assertEquals(ini(line) + ", rad 2: raden är ingen inställning; skriv nyckel = värde, till exempel \"rubrik = "
                + "#1F3864\", eller börja raden med # för en kommentar", refused(line).getMessage());
        Path before = withSettings("fore", "rubrik = #1F3864\n");
        assertEquals(ini(before) + ", rad 1: \"rubrik\" står före den första sektionen; skriv den under [färger]",
                refused(before).getMessage());
        Path twice = withSettings("tva", "[färger]\nrubrik = #1F3864\n\nRubrik = #000000\n");
        assertEquals(ini(twice) + ", rad 4: [färger] rubrik står redan på rad 2; ta bort den ena",
                refused(twice).getMessage());
    }

    @Test
    void aColourThatIsNotAColour() throws IOException {
        Path word = withSettings("bla", "[färger]\naccent = blå\n");
        assertEquals(ini(word) + ", rad 2: [färger] accent: \"blå\" är ingen färg; skriv sex hexadecimala siffror, "
                + "till exempel #1F3864, eller rgb(31, 56, 100)", refused(word).getMessage());
        Path comment = withSettings("kommentar", "[färger]\nrubrik = #1F3864 # mörkblå\n");
        assertEquals(ini(comment) + ", rad 2: [färger] rubrik: \"#1F3864 # mörkblå\" är ingen färg (en kommentar "
                + "skrivs på en egen rad som börjar med #); skriv sex hexadecimala siffror, till exempel #1F3864, eller "
                + "rgb(31, 56, 100)", refused(comment).getMessage());
        Path rgb = withSettings("rgb", "[färger]\ntext = rgb(300, 0, 0)\n");
        assertEquals(ini(rgb) + ", rad 2: [färger] text: \"rgb(300, 0, 0)\" är ingen färg: rgb tar tal från 0 till 255",
                refused(rgb).getMessage());
    }

    @Test
    void aMarginOutOfRangeOrNoLength() throws IOException {
        Path small = withSettings("liten", "[marginaler]\nvänster = 5 mm\n");
        assertEquals(ini(small) + ", rad 2: [marginaler] vänster: 5\u00A0mm är utanför det tillåtna; skriv från "
                + "10\u00A0mm till 60\u00A0mm", refused(small).getMessage());
        Path cm = withSettings("cm", "[marginaler]\növerkant = 7 cm\n");
        assertEquals(ini(cm) + ", rad 2: [marginaler] överkant: 70\u00A0mm är utanför det tillåtna; skriv från "
                + "15\u00A0mm till 60\u00A0mm", refused(cm).getMessage());
        Path text = withSettings("text", "[marginaler]\nhöger = bred\n");
        assertEquals(ini(text) + ", rad 2: [marginaler] höger: \"bred\" är inget mått; skriv till exempel 35\u00A0mm "
                + "eller 3,5\u00A0cm", refused(text).getMessage());
        Path both = withSettings("bada", "[marginaler]\nvänster = 60 mm\nhöger = 55 mm\n");
        assertEquals(ini(both) + ", rad 3: [marginaler] höger: vänster och höger marginal (60\u00A0mm och 55\u00A0mm) "
                + "lämnar bara 95\u00A0mm för texten; de får vara högst 110\u00A0mm tillsammans",
                refused(both).getMessage());
    }

    @Test
    void aHeaderLogoThatDoesNotFitInTheTopMargin() throws IOException {
        Path folder = withSettings("sidhuvud", "[sidhuvud]\nlogotyp = ja\nlogotypens höjd = 12 mm\n");
        assertEquals(ini(folder) + ", rad 3: [sidhuvud] logotypens höjd: logotypen i sidhuvudet (12\u00A0mm hög) får "
                + "inte plats ovanför texten med övre marginalen 25\u00A0mm; gör den högst 9,5\u00A0mm hög, eller öka "
                + "marginalen [marginaler] överkant", refused(folder).getMessage());
        Path yesNo = withSettings("janej", "[sidhuvud]\nlogotyp = kanske\n");
        assertEquals(ini(yesNo) + ", rad 2: [sidhuvud] logotyp: \"kanske\" är varken ja eller nej; skriv ja eller nej",
                refused(yesNo).getMessage());
    }

    @Test
    void theCoverAndLetterheadListsName() throws IOException {
        Path unknown = withSettings("okand-del", "[omslag]\nmitten = kommun, titl\n");
        assertEquals(ini(unknown) + ", rad 2: [omslag] mitten: okänd del \"titl\"; menade du titel?; välj bland "
                + "logotyp, kommun, linje, titel, nämnd, förvaltning, datum, diarienummer", refused(unknown).getMessage());
        Path twice = withSettings("tva-stallen", "[omslag]\növerst = logotyp, titel\nmitten = titel\n");
        assertEquals(ini(twice) + ", rad 3: [omslag] mitten: \"titel\" står redan under \"överst\" (rad 2); varje del "
                + "står på ett ställe", refused(twice).getMessage());
        Path noLogo = withSettings("utan-logotyp", "[logotyp]\nfil =\n");
        Husstil without = assertDoesNotThrow(() -> HusstilReader.read(noLogo));
        assertFalse(without.cover().shows(CoverElement.LOGOTYP), "no logo: the standard cover shows none");
        assertFalse(without.letterhead().shows(LetterheadElement.LOGOTYP));
        Path asked = withSettings("utan-men-visad", "[logotyp]\nfil =\n[omslag]\növerst = logotyp, kommun\n");
        assertEquals(ini(asked) + ", rad 4: [omslag] överst: omslaget ska visa logotypen, men husstilen har ingen "
                + "([logotyp] fil är tom)", refused(asked).getMessage());
        Path moved = withSettings("flyttad", "[omslag]\nnederst = nämnd, datum\n");
        Husstil.Cover cover = assertDoesNotThrow(() -> HusstilReader.read(moved)).cover();
        assertEquals(List.of(CoverElement.KOMMUN, CoverElement.LINJE, CoverElement.TITEL), cover.middle(),
                "placed at the foot, the nämnd leaves the middle it has by standard");
        assertEquals(List.of(CoverElement.NAMND, CoverElement.DATUM), cover.bottom());
        Path letter = withSettings("brev", "[brevhuvud]\nvänster = kommun\nhöger = kommun, uppgifter\n");
        assertEquals(ini(letter) + ", rad 3: [brevhuvud] höger: \"kommun\" står redan under \"vänster\" (rad 2); varje "
                + "del står på ett ställe", refused(letter).getMessage());
    }

    @Test
    void aLogoThatIsNotAPng() throws IOException {
        Path svg = withSettings("svg", "[logotyp]\nfil = logotyp.svg\n");
        Files.writeString(svg.resolve("logotyp.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(ini(svg) + ", rad 2: [logotyp] fil: \"logotyp.svg\" är en SVG-bild; Rapportverk tar logotypen som "
                + "PNG, eftersom en SVG kan innehålla mer än en bild (skript, länkar, typsnitt) och ritas olika av olika "
                + "program. Spara logotypen som PNG med minst 300 punkter per tum i den storlek den visas.",
                refused(svg).getMessage());
        Path jpeg = withSettings("jpeg", "[logotyp]\nfil = bild.png\n");
        Files.write(jpeg.resolve("bild.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0,
                0, 0, 0});
        assertEquals(ini(jpeg) + ", rad 2: [logotyp] fil: \"bild.png\" är en JPEG-bild fast namnet slutar på .png; "
                + "spara logotypen som PNG", refused(jpeg).getMessage());
        Path cut = withSettings("avkortad", "[logotyp]\nfil = halv.png\n");
        byte[] png = HusstilReader.builtInFile("logotyp.png");
        Files.write(cut.resolve("halv.png"), java.util.Arrays.copyOf(png, png.length / 2));
        assertEquals(ini(cut) + ", rad 2: [logotyp] fil: PNG-bilden \"halv.png\" går inte att läsa (den är skadad eller "
                + "avkortad); spara den på nytt som PNG", refused(cut).getMessage());
        Path missing = withSettings("saknas", "[logotyp]\nfil = vapen.png\n");
        assertEquals(ini(missing) + ", rad 2: [logotyp] fil: filen \"vapen.png\" finns inte ("
                + missing.resolve("vapen.png") + ")", refused(missing).getMessage());
        Path folder = withSettings("mapp", "[logotyp]\nfil = ../vapen.png\n");
        assertEquals(ini(folder) + ", rad 2: [logotyp] fil: \"../vapen.png\" är inget filnamn i husstilens mapp; skriv "
                + "bara filens namn, till exempel logotyp.png, och lägg filen bredvid husstil.ini",
                refused(folder).getMessage());
    }

    @Test
    void aFontWithoutTheSwedishLettersOrThatIsNoFont() throws IOException {
        Path folder = withSettings("ascii", "[typsnitt]\n\nfet = Ascii-Bold.ttf\n");
        Files.write(folder.resolve("Ascii-Bold.ttf"), subset("/liberation/LiberationSans-Bold.ttf",
                HusstilReader.REQUIRED_CHARACTERS.replaceAll("[ÅÄÖåäöé\u2013\u2212]", "")));
        assertEquals(ini(folder) + ", rad 3: [typsnitt] fet: typsnittet \"Ascii-Bold.ttf\" saknar tecknen \"Å\", "
                + "\"Ä\", \"Ö\", \"å\", \"ä\", \"ö\", \"é\", \"\u2013\" (tankstreck, U+2013), \"\u2212\" (minustecken, "
                + "U+2212), som svensk text och svenska tal behöver; välj ett typsnitt med svenska tecken",
                refused(folder).getMessage());
        Path text = withSettings("text", "[typsnitt]\nnormal = Falsk.ttf\n");
        Files.writeString(text.resolve("Falsk.ttf"), "inget typsnitt");
        assertEquals(ini(text) + ", rad 2: [typsnitt] normal: \"Falsk.ttf\" är ingen TrueType- eller OpenType-fil",
                refused(text).getMessage());
        Path woff = withSettings("woff", "[typsnitt]\nkursiv = Webb.woff2\n");
        assertEquals(ini(woff) + ", rad 2: [typsnitt] kursiv: \"Webb.woff2\" är ett webbtypsnitt (WOFF); ange "
                + "typsnittet som .ttf- eller .otf-fil", refused(woff).getMessage());
    }

    @Test
    void aFontWhoseLicenceForbidsEmbedding() throws IOException {
        Path folder = withSettings("licens", "[typsnitt]\nnormal = Stangd.ttf\n");
        Files.write(folder.resolve("Stangd.ttf"), restricted(resource("/liberation/LiberationSans-Regular.ttf")));
        assertEquals(ini(folder) + ", rad 2: [typsnitt] normal: typsnittet \"Stangd.ttf\" får enligt sin licens inte "
                + "bäddas in i en PDF, och en arkivbeständig PDF (PDF/A) måste bära sina typsnitt; välj ett typsnitt "
                + "som får bäddas in", refused(folder).getMessage());
    }

    @Test
    void theStandardFileWritesEverySettingOnce() throws Exception {
        SettingsFile standard = SettingsFile.parse("standard", HusstilReader.builtInFile("husstil.ini"));
        assertEquals(List.of(Setting.values()), List.copyOf(standard.entries().keySet()),
                "every setting, in the order of the catalogue");
    }

    static byte[] resource(String name) throws IOException {
        try (var in = HusstilReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** The font with only the given characters (a font that lacks the others). */
    static byte[] subset(String resource, String keep) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(resource(resource)));
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        keep.codePoints().forEach(subsetter::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /** The font with its OS/2 embedding permission set to "restricted licence embedding". */
    static byte[] restricted(byte[] font) {
        byte[] b = font.clone();
        int tables = ((b[4] & 0xFF) << 8) | (b[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            if (tag.equals("OS/2")) {
                int offset = ((b[at + 8] & 0xFF) << 24) | ((b[at + 9] & 0xFF) << 16) | ((b[at + 10] & 0xFF) << 8)
                        | (b[at + 11] & 0xFF);
                b[offset + 8] = 0;
                b[offset + 9] = 2;
                return b;
            }
        }
        throw new IllegalStateException("no OS/2 table");
    }

    @Test
    void theSubsetFontReallyLacksTheLetters() throws IOException {
        byte[] font = subset("/liberation/LiberationSans-Bold.ttf", "abc");
        assertFalse(new String(font, StandardCharsets.ISO_8859_1).isEmpty());
        assertArrayEquals(new byte[] {0, 1, 0, 0}, java.util.Arrays.copyOf(font, 4));
    }

    @Test
    void theHashesOfTheFilesAreEachFilesOwnAndComputedOnce() {
        Husstil s = Husstil.standard();
        List<String> hashes = s.fileHashes();
        assertEquals(s.files().size(), hashes.size());
        for (int i = 0; i < hashes.size(); i++) {
            assertEquals(s.files().get(i).sha256(), hashes.get(i), s.files().get(i).name());
        }
        // sha256sum of liberation/LiberationSans-Regular.ttf in openpdf-fonts-extra 3.0.5.
        int regular = s.files().stream().map(Husstil.File::name).toList().indexOf("LiberationSans-Regular.ttf");
        assertEquals("4d92708b98c4f61e0288cee4524152f41e552853c64cb2a86b298fb6082f7874", hashes.get(regular));
        assertTrue(hashes == s.fileHashes(), "kept, not computed again");
    }
}
