package se.rapportverk.workbook;

import static se.rapportverk.workbook.DocumentType.DELARSRAPPORT;
import static se.rapportverk.workbook.DocumentType.HANDLINGSPLAN;
import static se.rapportverk.workbook.DocumentType.TJANSTESKRIVELSE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard workbook, contract v1, declared once: every sheet with its columns (header, type,
 * whether required, allowed values, unit, help text in Swedish), which documents each sheet serves
 * and which it makes, and what marks a total typed in a sheet. The Rapport sheet's fields are
 * {@link RapportField}, the Texter sheet's keys {@link TextKey}, the allowed values of each choice
 * the {@link Choice} enum its column names.
 *
 * <p>Everything else takes the contract from here: {@link WorkbookReader} finds and reads sheets
 * and columns by it and words its messages with its headers; the checks quote its headers;
 * {@code rapportverk init} writes the blank workbook from it; the contract documentation
 * ({@code docs/arbetsbok.md}) has its tables generated from it ({@link ContractDoc}).
 *
 * <p>A later contract version may only add: a new sheet is one more {@link SheetSpec} here (and its
 * reader and its component of {@link Workbook}), a new column one more {@link ColumnSpec} in its
 * sheet, another spelling of a header or a word an alias.
 */
public final class Schema {

    private Schema() {
    }

    private static final Set<DocumentType> D = Set.of(DELARSRAPPORT);
    private static final Set<DocumentType> H = Set.of(HANDLINGSPLAN);
    private static final Set<DocumentType> T = Set.of(TJANSTESKRIVELSE);
    private static final Set<DocumentType> ALL = EnumSet.allOf(DocumentType.class);
    private static final Set<DocumentType> NONE = Set.of();

    /**
     * The given Avvikelse of the Resultaträkning, the Driftsredovisning and the Investeringar: one
     * declaration for the three (declared before the sheets, which take it).
     */
    public static final ColumnSpec AVVIKELSE = ColumnSpec.amount("Avvikelse")
            .alias("Avvikelse prognos helår mot budget", "Avvikelse prognos mot budget", "Avvikelse mot budget",
                    "Budgetavvikelse")
            .help("Prognos − Budget. Behöver inte fyllas i: Rapportverk räknar den själv och kontrollerar den som "
                    + "står här.");

    /**
     * The Dokument column of the Rapport and Texter sheets: which documents a row is for (one
     * declaration for both, declared before the sheets, which take it).
     */
    public static final ColumnSpec DOKUMENT = ColumnSpec.text("Dokument")
            .help("Valfri. Vilka dokument raden gäller: Delårsrapport, Handlingsplan eller Tjänsteskrivelse (flera "
                    + "med komma). Tom: alla dokument.");

    // ------------------------------------------------------------------ Rapport, Texter

    /** The Rapport sheet: one field a row. */
    public static final class RapportSheet extends SheetSpec {
        public final ColumnSpec falt = ColumnSpec.key("Fält", RapportField.class).required()
                .help("Fältets namn, till exempel Kommun eller Period. Alla fält står redan i den tomma arbetsboken; "
                        + "ta bort eller lämna tomma de som inte behövs.");
        public final ColumnSpec varde = ColumnSpec.text("Värde").required()
                .help("Fältets värde. Vad som ska stå här står i kolumnen Förklaring.");
        public final ColumnSpec dokument = DOKUMENT;

        RapportSheet() {
            super("Rapport", "Vad dokumenten gäller och hur beloppen är skrivna: kommun, nämnd, år, period, "
                    + "beloppsenhet med mera, ett fält per rad.", ALL, NONE, wb -> true, List.of());
            columns(falt, varde, dokument);
        }
    }

    /** The Texter sheet: one section a row. */
    public static final class TexterSheet extends SheetSpec {
        public final ColumnSpec avsnitt = ColumnSpec.key("Avsnitt", TextKey.class).required()
                .help("Avsnittets nyckel, till exempel vasentliga-handelser (eller rubriken Väsentliga händelser); "
                        + "nycklarna står redan i den tomma arbetsboken. Ett eget namn med en Rubrik blir ett eget avsnitt.");
        public final ColumnSpec rubrik = ColumnSpec.text("Rubrik")
                .help("Valfri rubrik som ersätter avsnittets vanliga rubrik. Med ett eget Avsnitt (en nyckel som inte "
                        + "finns i listan) blir raden ett eget avsnitt med den här rubriken.");
        public final ColumnSpec text = ColumnSpec.markup("Text").required()
                .help("Texten. Tom rad = nytt stycke, - i början av en rad = punktlista, ### = underrubrik, **fet**, "
                        + "*kursiv*. Ny rad i cellen: Alt+Retur. Lämna tom för att utelämna avsnittet.");
        public final ColumnSpec dokument = DOKUMENT;

        TexterSheet() {
            super("Texter", "Dokumentens texter, ett avsnitt per rad. Flera rader med samma avsnitt sätts ihop i "
                    + "ordning.", ALL, NONE, wb -> !wb.texter().isEmpty(), List.of());
            columns(avsnitt, rubrik, text, dokument);
        }
    }

    // ------------------------------------------------------------------ the delårsrapport's figures

    /** The Resultaträkning. */
    public static final class ResultatrakningSheet extends SheetSpec {
        public final ColumnSpec post = ColumnSpec.text("Post").required()
                .alias("Intäkter/Kostnader", "Intäkter / Kostnader", "Intäkter och kostnader")
                .whenEmpty("raden har belopp men ingen Post; skriv postens namn")
                .help("Postens namn, till exempel Personalkostnader. En rad som börjar med Summa, Totalt eller Netto "
                        + "är en summarad: den kontrolleras mot den beräknade summan.");
        public final ColumnSpec typ = ColumnSpec.choice("Typ", AmountRow.Typ.class)
                .help("Intäkt, Kostnad eller Summa. Kan lämnas tom för standardposterna (Taxor och avgifter, "
                        + "Personalkostnader, Lokalhyror …).");
        public final ColumnSpec avvikelse = AVVIKELSE;

        /** The posts whose Typ may be left empty, in contract order: income first, then costs. */
        public final List<String> standardIncome = List.of("Taxor och avgifter", "Bidrag (intäkter)",
                "Övriga intäkter");
        public final List<String> standardCosts = List.of("Personalkostnader", "Bidrag (kostnader)",
                "Köp av verksamhet", "Lokalhyror", "Övriga driftskostnader", "Kapitaltjänstkostnader");

        ResultatrakningSheet() {
            super("Resultaträkning", "Intäkter och kostnader per post: utfall, budget och prognos. Intäkter positiva, "
                    + "kostnader negativa.", D, D, wb -> wb.resultatrakning().isPresent(),
                    List.of("Summa", "Totalt", "Netto"));
            columns(amountColumns(post, typ, avvikelse));
        }

        /** The Typ a standard post has when its Typ is left empty. */
        public Optional<AmountRow.Typ> standardTyp(String post) {
            String key = Names.normalise(post);
            if (standardIncome.stream().anyMatch(p -> Names.normalise(p).equals(key))) {
                return Optional.of(AmountRow.Typ.INTAKT);
            }
            if (standardCosts.stream().anyMatch(p -> Names.normalise(p).equals(key))) {
                return Optional.of(AmountRow.Typ.KOSTNAD);
            }
            return Optional.empty();
        }
    }

    /** The Driftsredovisning. */
    public static final class DriftsredovisningSheet extends SheetSpec {
        public final ColumnSpec verksamhet = ColumnSpec.text("Verksamhet").required()
                .whenEmpty("raden har belopp men ingen Verksamhet; skriv verksamhetens namn")
                .help("Verksamhetens namn, till exempel Hemtjänst. En rad som börjar med Summa eller Totalt är en "
                        + "summarad: den kontrolleras mot den beräknade summan.");
        public final ColumnSpec omrade = ColumnSpec.text("Område")
                .help("Valfri gruppering, till exempel Äldreomsorg: raderna visas per område med en delsumma.");
        public final ColumnSpec avvikelse = AVVIKELSE;

        DriftsredovisningSheet() {
            super("Driftsredovisning", "Nettokostnad per verksamhet, med samma beloppskolumner som resultaträkningen.",
                    D, D, wb -> wb.driftsredovisning().isPresent(), List.of("Summa", "Totalt"));
            columns(amountColumns(verksamhet, omrade, avvikelse));
        }
    }

    /** The Volymer sheet. */
    public static final class VolymerSheet extends SheetSpec {
        public final ColumnSpec verksamhet = ColumnSpec.text("Verksamhet").required()
                .alias("Verksamheter med volymuppräkning i RFM", "Verksamheter med volymuppräknning i RFM")
                .whenEmpty("raden har volymer men ingen Verksamhet")
                .help("Verksamhetens namn, som i driftsredovisningen.");
        public final ColumnSpec volymenhet = ColumnSpec.text("Volymenhet")
                .help("Vad som räknas, till exempel Årsplacering, Timmar eller Kunder.");
        public final ColumnSpec volymBudget = ColumnSpec.number("Volym budget").required().unit("volymenhet")
                .alias("Volym budget enligt beslutad RFM").pattern("Volym budget {år}")
                .help("Budgeterad volym för helåret.");
        public final ColumnSpec volymPrognos = ColumnSpec.number("Volym prognos").required().unit("volymenhet")
                .alias("Volym prognos helår").pattern("Volym prognos helår {år}", "Volym prognos {år}")
                .help("Prognos för helårets volym.");
        public final ColumnSpec kostnadPerEnhet = ColumnSpec.amount("Kostnad per enhet")
                .help("Kostnad per volymenhet. Avvikelse utifrån volym = −(Volym prognos − Volym budget) × Kostnad per "
                        + "enhet (0 när volymen inte avviker).");
        public final ColumnSpec avvikelseIDrift = ColumnSpec.amount("Avvikelse i driftsredovisningen")
                .alias("Avvikelse prognos mot budget i driftsredovisningen")
                .help("Valfri. Utan den tas avvikelsen från driftsredovisningens rad med samma Verksamhet.");
        public final ColumnSpec grupp = ColumnSpec.text("Grupp")
                .help("Valfri. Rader med samma Grupp visas i en egen tabell, med gruppen som rubrik, i den ordning "
                        + "grupperna först står.");

        VolymerSheet() {
            super("Volymer", "Volymer per verksamhet: budget, prognos och vad avvikelsen kostar.", D, D,
                    wb -> wb.volymer().isPresent(), List.of());
            columns(verksamhet, volymenhet, volymBudget, volymPrognos, kostnadPerEnhet, avvikelseIDrift, grupp);
        }
    }

    /** The Investeringar sheet. */
    public static final class InvesteringarSheet extends SheetSpec {
        public final ColumnSpec projekt = ColumnSpec.text("Projekt").required().alias("Investeringar", "Investering")
                .pattern("Investeringar {år}")
                .whenEmpty("raden har belopp men inget Projekt")
                .help("Projektets namn. En rad som börjar med Summa, Totalt eller Netto är en summarad: den "
                        + "kontrolleras mot den beräknade summan.");
        public final ColumnSpec budget = ColumnSpec.amount("Budget").required().pattern("Budget {år}")
                .help("Årets budget för projektet.");
        public final ColumnSpec utfallPeriod = ColumnSpec.amount("Utfall period").pattern("Utfall {period} {år}")
                .help("Utfallet för årets period.");
        public final ColumnSpec prognos = ColumnSpec.amount("Prognos").required().alias("Prognos helår")
                .pattern("Prognos helår {år}", "Prognos {år}").help("Prognosen för helåret.");
        public final ColumnSpec avvikelse = AVVIKELSE;

        InvesteringarSheet() {
            super("Investeringar", "Investeringsprojekt: budget, utfall och prognos.", D, D,
                    wb -> wb.investeringar().isPresent(), List.of("Summa", "Totalt", "Netto"));
            columns(projekt, budget, utfallPeriod, prognos, avvikelse);
        }
    }

    /** The Externa utförare sheet. */
    public static final class ExternaUtforareSheet extends SheetSpec {
        public final ColumnSpec verksamhet = ColumnSpec.text("Verksamhet").required().alias("Köp av verksamhet")
                .whenEmpty("raden har belopp men ingen Verksamhet").help("Verksamhetens namn.");
        public final ColumnSpec kopUtfall = ColumnSpec.amount("Köp av verksamhet utfall")
                .help("Köp av verksamhet från externa utförare, utfall för perioden. Behövs med Nettokostnad utfall "
                        + "när Andel utfall saknas.");
        public final ColumnSpec nettokostnadUtfall = ColumnSpec.amount("Nettokostnad utfall")
                .help("Verksamhetens nettokostnad, utfall för perioden. Andelen = köp / nettokostnad.");
        public final ColumnSpec kopBudget = ColumnSpec.amount("Köp av verksamhet budget")
                .help("Köp av verksamhet, budget.");
        public final ColumnSpec nettokostnadBudget = ColumnSpec.amount("Nettokostnad budget")
                .help("Verksamhetens nettokostnad, budget.");
        public final ColumnSpec antal = ColumnSpec.number("Antal externa utförare").unit("antal")
                .pattern("Antal externa utförare per {periodens slut}")
                .help("Hur många externa utförare verksamheten har.");
        public final ColumnSpec andelUtfall = ColumnSpec.number("Andel utfall").unit("procent")
                .alias("Andel av nettokostnad utfall", "Andel % av nettokostnad utfall")
                .pattern("Andel av nettokostnad utfall {period} {år}", "Andel % av nettokostnad utfall {period} {år}")
                .help("Köpets andel av nettokostnaden, utfall, i procent (21,1 eller 21,1 %), när beloppen inte är "
                        + "kända. Med beloppen räknas andelen och den här kontrolleras.");
        public final ColumnSpec andelBudget = ColumnSpec.number("Andel budget").unit("procent")
                .alias("Andel av nettokostnad budget", "Andel % av nettokostnad budget")
                .pattern("Andel av nettokostnad budget {period} {år}", "Andel % av nettokostnad budget {period} {år}")
                .help("Köpets andel av nettokostnaden, budget, i procent, när beloppen inte är kända.");

        ExternaUtforareSheet() {
            super("Externa utförare", "Köp av verksamhet från externa utförare och dess andel av nettokostnaden.", D, D,
                    wb -> wb.externaUtforare().isPresent(), List.of());
            columns(verksamhet, kopUtfall, nettokostnadUtfall, kopBudget, nettokostnadBudget, antal, andelUtfall,
                    andelBudget);
        }
    }

    /**
     * The Månadsutfall sheet: net amounts of single months, for the nämnd as a whole and per
     * Driftsredovisning row; read by {@link ManadsutfallReader}, checked by check 6 and the forecasts'
     * trend (check 7).
     */
    public static final class ManadsutfallSheet extends SheetSpec {
        public final ColumnSpec manad = ColumnSpec.period("Månad").required().needsValue()
                .help("Månaden: 1–12, namnet (augusti, aug) eller 2025-08. Varje månad en gång per verksamhet.");
        public final ColumnSpec utfall = ColumnSpec.amount("Utfall").required()
                .help("Månadens nettoutfall, bara den månaden (inte ackumulerat). Ett utfall efter perioden räknas inte.");
        public final ColumnSpec utfallForegaendeAr = ColumnSpec.amount("Utfall föregående år")
                .help("Samma månad föregående år. Med alla tolv månader jämförs summan också med Bokslut föregående år.");
        public final ColumnSpec budget = ColumnSpec.amount("Budget")
                .help("Månadens budget. Med alla tolv månader jämförs summan också med årets Budget.");
        public final ColumnSpec verksamhet = ColumnSpec.text("Verksamhet")
                .help("Tom: raden gäller nämnden som helhet. Annars verksamhetens namn som i driftsredovisningen.");

        ManadsutfallSheet() {
            super("Månadsutfall", "Utfall, föregående års utfall och budget per månad, för nämnden och per verksamhet: "
                    + "kontrolleras mot perioden och ger prognosernas trend.", D, NONE,
                    wb -> wb.manadsutfall().isPresent(), List.of());
            columns(manad, utfall, utfallForegaendeAr, budget, verksamhet);
        }
    }

    // ------------------------------------------------------------------ the delårsrapport's goals and controls

    /** The Mål sheet. */
    public static final class MalSheet extends SheetSpec {
        public final ColumnSpec niva = ColumnSpec.choice("Nivå", Mal.Niva.class).required().needsValue()
                .help("Vems mål: Kommunfullmäktige (eller KF) eller Nämnd.");
        public final ColumnSpec mal = ColumnSpec.text("Mål").required().whenEmpty("målet saknas på raden")
                .help("Målet, som det är formulerat.");
        public final ColumnSpec beskrivning = ColumnSpec.markup("Beskrivning")
                .help("Valfri text direkt under målets rubrik, utan inledning, till exempel vad målet omfattar.");
        public final ColumnSpec innebord = ColumnSpec.markup("Innebörd")
                .help("Vad målet innebär för nämnden; står under \"För nämnden innebär det:\". Med Innebörd inleds "
                        + "Text med \"Till delåret har nämnden bidragit genom att:\".");
        public final ColumnSpec bedomning = ColumnSpec.choice("Bedömning", Mal.Bedomning.class).required()
                .help("Bedömningen till delåret. Tom: Ej bedömt (med en varning).");
        public final ColumnSpec text = ColumnSpec.markup("Text")
                .help("Hur nämnden har bidragit, med samma formatering som på bladet Texter.");

        MalSheet() {
            super("Mål", "Kommunfullmäktiges och nämndens mål med bedömning.", D, D, wb -> wb.mal().isPresent(),
                    List.of());
            columns(niva, mal, beskrivning, innebord, bedomning, text);
        }
    }

    /** The Uppdrag sheet. */
    public static final class UppdragSheet extends SheetSpec {
        public final ColumnSpec typ = ColumnSpec.choice("Typ", Uppdrag.Typ.class).required().needsValue()
                .help("Satsning (riktad satsning) eller Uppdrag (från kommunfullmäktige).");
        public final ColumnSpec namn = ColumnSpec.text("Namn").required().whenEmpty("namnet saknas på raden")
                .help("Satsningens eller uppdragets namn.");
        public final ColumnSpec uppfoljning = ColumnSpec.markup("Uppföljning")
                .help("Hur det har gått, med samma formatering som på bladet Texter.");

        UppdragSheet() {
            super("Uppdrag", "Riktade satsningar och uppdrag med uppföljning.", D, D, wb -> wb.uppdrag().isPresent(),
                    List.of());
            columns(typ, namn, uppfoljning);
        }
    }

    /** The Internkontroll sheet. */
    public static final class InternkontrollSheet extends SheetSpec {
        public final ColumnSpec risk = ColumnSpec.text("Risk").required().whenEmpty("risken saknas på raden")
                .help("Risken som kontrolleras.");
        public final ColumnSpec beskrivning = ColumnSpec.text("Beskrivning").help("Vad risken innebär.");
        public final ColumnSpec kontroll = ColumnSpec.text("Kontroll").help("Hur risken kontrolleras.");
        public final ColumnSpec resultat = ColumnSpec.choice("Resultat", Internkontroll.Resultat.class)
                .help("Kontrollens resultat. Tom: kontrollen är inte redovisad.");
        public final ColumnSpec kommentar = ColumnSpec.markup("Kommentar").help("Kommentar till resultatet.");

        InternkontrollSheet() {
            super("Internkontroll", "Internkontrollens risker, kontroller och resultat.", D, D,
                    wb -> wb.internkontroll().isPresent(), List.of());
            columns(risk, beskrivning, kontroll, resultat, kommentar);
        }
    }

    // ------------------------------------------------------------------ the handlingsplan

    /** The Åtgärder sheet. */
    public static final class AtgarderSheet extends SheetSpec {
        public final ColumnSpec nr = ColumnSpec.text("Nr").help("Valfritt nummer för åtgärdens ordning.");
        public final ColumnSpec atgard = ColumnSpec.text("Åtgärd").required()
                .whenEmpty("åtgärdens namn saknas på raden").help("Åtgärdens namn.");
        public final ColumnSpec verksamhet = ColumnSpec.text("Verksamhet")
                .help("Valfri. Med verksamhet blir planen en åtgärdsplan med åtgärderna under en rubrik per verksamhet.");
        public final ColumnSpec ansvarig = ColumnSpec.text("Ansvarig").help("Vem som ansvarar för åtgärden.");
        public final ColumnSpec startdatum = ColumnSpec.date("Startdatum")
                .help("När åtgärden börjar, till exempel 2025-05-01. Med den räknas Effekt innevarande år fram när "
                        + "den inte är ifylld.");
        public final ColumnSpec effektHelar = ColumnSpec.amount("Effekt helår")
                .help("Den ekonomiska effekten för ett helt år; positiv = besparing.");
        public final ColumnSpec effektInnevarandeAr = ColumnSpec.amount("Effekt innevarande år")
                .help("Effekten i år. Tom: Effekt helår × månaderna från startmånaden till december / 12.");
        public final ColumnSpec effektText = ColumnSpec.text("Effekt text")
                .help("En effekt som inte är ett belopp, till exempel Hålla prognos.");
        public final ColumnSpec antal = ColumnSpec.number("Antal").unit("antal")
                .help("Antal personer eller tillfällen. Med Timmar per och Timkostnad: Effekt helår = Antal × Timmar "
                        + "per × Timkostnad.");
        public final ColumnSpec timmarPer = ColumnSpec.number("Timmar per").unit("timmar")
                .help("Timmar per person eller tillfälle.");
        public final ColumnSpec timkostnad = ColumnSpec.amount("Timkostnad").help("Kostnad per timme.");
        public final ColumnSpec beskrivning = ColumnSpec.markup("Beskrivning")
                .help("Beskrivning av åtgärden, med samma formatering som på bladet Texter.");
        public final ColumnSpec mojligheter = ColumnSpec.list("Möjligheter").help("Möjligheter, en per rad i cellen.");
        public final ColumnSpec risker = ColumnSpec.list("Risker").help("Risker, en per rad i cellen.");
        public final ColumnSpec ekonomiskEffekt = ColumnSpec.markup("Ekonomisk effekt")
                .help("Text som förklarar den ekonomiska effekten.");
        public final ColumnSpec uppfoljning = ColumnSpec.markup("Uppföljning")
                .help("Hur och hur ofta åtgärden följs upp.");
        public final ColumnSpec status = ColumnSpec.choice("Status", Atgard.Status.class)
                .help("Vid uppföljning: hur långt åtgärden har kommit.");
        public final ColumnSpec utfallHittills = ColumnSpec.amount("Utfall hittills")
                .help("Vid uppföljning: den effekt som har uppnåtts hittills i år.");

        AtgarderSheet() {
            super("Åtgärder", "Handlingsplanens åtgärder med ekonomisk effekt, och vid uppföljning status och utfall.",
                    H, H, wb -> wb.atgarder().isPresent(), List.of());
            columns(nr, atgard, verksamhet, ansvarig, startdatum, effektHelar, effektInnevarandeAr, effektText, antal,
                    timmarPer, timkostnad, beskrivning, mojligheter, risker, ekonomiskEffekt, uppfoljning, status,
                    utfallHittills);
        }
    }

    /** The Bemanning sheet. */
    public static final class BemanningSheet extends SheetSpec {
        public final ColumnSpec enhet = ColumnSpec.text("Enhet").required().whenEmpty("enheten saknas på raden")
                .help("Enhetens namn.");
        public final ColumnSpec intakterHelar = ColumnSpec.amount("Intäkter helår").required()
                .help("Enhetens intäkter för helåret, som ett positivt belopp.");
        public final ColumnSpec ovrigaKostnaderHelar = ColumnSpec.amount("Övriga kostnader helår").required()
                .help("Kostnader utom personal för helåret, som ett positivt belopp.");
        public final ColumnSpec kostnadPerArsarbetare = ColumnSpec.amount("Kostnad per årsarbetare").required()
                .help("Vad en årsarbetare kostar, som ett positivt belopp.");
        public final ColumnSpec bemanning = ColumnSpec.number("Bemanning").required().unit("årsarbetare")
                .help("Årsarbetare i enheten i dag.");

        BemanningSheet() {
            super("Bemanning", "Åtgärdsplanens bemanningsutrymme per enhet. Alla belopp positiva.", H, NONE,
                    wb -> wb.bemanning().isPresent(), List.of());
            columns(enhet, intakterHelar, ovrigaKostnaderHelar, kostnadPerArsarbetare, bemanning);
        }
    }

    /** The Nyckeltal sheet. */
    public static final class NyckeltalSheet extends SheetSpec {
        public final ColumnSpec nyckeltal = ColumnSpec.text("Nyckeltal").required()
                .whenEmpty("nyckeltalets namn saknas på raden").help("Nyckeltalets namn.");
        public final ColumnSpec enhet = ColumnSpec.text("Enhet").help("Den enhet (verksamhet) som mäts, om någon.");
        public final ColumnSpec period = ColumnSpec.month("Period").required().needsValue()
                .help("Månaden som mäts, till exempel 2025-03.");
        public final ColumnSpec utfall = ColumnSpec.number("Utfall").required().unit("Måttenhet")
                .help("Det uppmätta värdet.");
        public final ColumnSpec malvarde = ColumnSpec.number("Målvärde").unit("Måttenhet")
                .help("Målet för nyckeltalet. Med målvärde behövs Riktning.");
        public final ColumnSpec riktning = ColumnSpec.choice("Riktning", Nyckeltal.Riktning.class)
                .help("Om högre eller lägre värden är bättre.");
        public final ColumnSpec mattenhet = ColumnSpec.text("Måttenhet").help("Till exempel %, timmar eller kr.");

        NyckeltalSheet() {
            super("Nyckeltal", "Nyckeltal per månad med målvärde; handlingsplanen visar avvikelse och trend.", H, NONE,
                    wb -> wb.nyckeltal().isPresent(), List.of());
            columns(nyckeltal, enhet, period, utfall, malvarde, riktning, mattenhet);
        }
    }

    // ------------------------------------------------------------------ the tjänsteskrivelse

    /** The Flerårsöversikt sheet. */
    public static final class FlerarsoversiktSheet extends SheetSpec {
        public final ColumnSpec omrade = ColumnSpec.text("Område").required().whenEmpty("området saknas på raden")
                .help("Området, till exempel Hemtjänst.");
        public final ColumnSpec ar = ColumnSpec.year("År").required().whenEmpty("året saknas på raden")
                .help("Året med fyra siffror.");
        public final ColumnSpec nettokostnad = ColumnSpec.amount("Nettokostnad").required()
                .help("Områdets nettokostnad det året, som ett positivt belopp.");
        public final ColumnSpec namndbidrag = ColumnSpec.amount("Nämndbidrag")
                .help("Nämndens budgetram det året, som ett positivt belopp.");

        FlerarsoversiktSheet() {
            super("Flerårsöversikt", "Nettokostnad och nämndbidrag per område och år, för tjänsteskrivelsens tabell.",
                    T, NONE, wb -> wb.flerarsoversikt().isPresent(), List.of());
            columns(omrade, ar, nettokostnad, namndbidrag);
        }
    }

    /** The Ärende sheet. */
    public static final class ArendeSheet extends SheetSpec {
        public final ColumnSpec typ = ColumnSpec.choice("Typ", Arende.Typ.class).required().needsValue()
                .help("Vad raden är: Beslutsförslag (numreras i ordning), Beslutsunderlag, Skickas till eller "
                        + "Underskrift.");
        public final ColumnSpec text = ColumnSpec.text("Text").required().whenEmpty("texten saknas på raden")
                .help("Texten; för en underskrift namnet.");
        public final ColumnSpec titel = ColumnSpec.text("Titel").help("För en underskrift: titeln.");

        ArendeSheet() {
            super("Ärende", "Tjänsteskrivelsens förslag till beslut, beslutsunderlag, mottagare och underskrifter.",
                    T, T, wb -> wb.arende().isPresent(), List.of());
            columns(typ, text, titel);
        }
    }

    private static ColumnSpec[] amountColumns(ColumnSpec first, ColumnSpec second, ColumnSpec avvikelse) {
        List<ColumnSpec> specs = new ArrayList<>(List.of(first, second));
        for (AmountColumn c : AmountColumn.values()) {
            specs.add(c.spec());
        }
        specs.add(avvikelse);
        return specs.toArray(ColumnSpec[]::new);
    }

    public static final RapportSheet RAPPORT = new RapportSheet();
    public static final TexterSheet TEXTER = new TexterSheet();
    public static final ResultatrakningSheet RESULTATRAKNING = new ResultatrakningSheet();
    public static final DriftsredovisningSheet DRIFTSREDOVISNING = new DriftsredovisningSheet();
    public static final VolymerSheet VOLYMER = new VolymerSheet();
    public static final InvesteringarSheet INVESTERINGAR = new InvesteringarSheet();
    public static final ExternaUtforareSheet EXTERNA_UTFORARE = new ExternaUtforareSheet();
    public static final ManadsutfallSheet MANADSUTFALL = new ManadsutfallSheet();
    public static final MalSheet MAL = new MalSheet();
    public static final UppdragSheet UPPDRAG = new UppdragSheet();
    public static final InternkontrollSheet INTERNKONTROLL = new InternkontrollSheet();
    public static final AtgarderSheet ATGARDER = new AtgarderSheet();
    public static final BemanningSheet BEMANNING = new BemanningSheet();
    public static final NyckeltalSheet NYCKELTAL = new NyckeltalSheet();
    public static final FlerarsoversiktSheet FLERARSOVERSIKT = new FlerarsoversiktSheet();
    public static final ArendeSheet ARENDE = new ArendeSheet();

    /** Every sheet of the contract, in contract order. */
    public static final List<SheetSpec> SHEETS = List.of(RAPPORT, TEXTER, RESULTATRAKNING, DRIFTSREDOVISNING,
            MANADSUTFALL, VOLYMER, INVESTERINGAR, EXTERNA_UTFORARE, MAL, UPPDRAG, INTERNKONTROLL, ATGARDER, BEMANNING, NYCKELTAL,
            FLERARSOVERSIKT, ARENDE);

    // ------------------------------------------------------------------ which sheets make which document

    /** The sheet of the contract with this name (matched after normalising), if any. */
    public static Optional<SheetSpec> sheet(String name) {
        String key = Names.normalise(name);
        return SHEETS.stream().filter(s -> Names.normalise(s.name()).equals(key)).findFirst();
    }

    /** The sheets a document uses, in contract order. */
    public static List<SheetSpec> sheetsFor(DocumentType document) {
        return SHEETS.stream().filter(s -> s.usedBy().contains(document)).toList();
    }

    /** The sheets whose rows alone make the document, in contract order. */
    public static List<SheetSpec> sheetsMaking(DocumentType document) {
        return SHEETS.stream().filter(s -> s.makes().contains(document)).toList();
    }

    /** The Texter keys whose text alone makes the document. */
    public static List<TextKey> textsMaking(DocumentType document) {
        return java.util.Arrays.stream(TextKey.values()).filter(k -> k.makes().contains(document)).toList();
    }

    /** The Texter keys a document uses, in contract order. */
    public static List<TextKey> textsFor(DocumentType document) {
        return java.util.Arrays.stream(TextKey.values()).filter(k -> k.usedBy().contains(document)).toList();
    }

    /** The documents a workbook as read has data for: a sheet with rows, or a text, that makes each. */
    public static Set<DocumentType> documentsIn(Workbook workbook) {
        Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
        for (DocumentType document : DocumentType.values()) {
            if (sheetsMaking(document).stream().anyMatch(s -> s.presentIn(workbook))
                    || textsMaking(document).stream().anyMatch(k -> workbook.text(k.id(), document).isPresent())) {
                documents.add(document);
            }
        }
        return documents;
    }

    /**
     * What a document needs to be made, as the end of a Swedish sentence: {@code den behöver minst en
     * ifylld rad i bladet Åtgärder}.
     */
    public static String needs(DocumentType document) {
        List<String> texts = textsMaking(document).stream().map(TextKey::id).toList();
        return "den behöver minst en ifylld rad i " + sheetsPhrase(document) + (texts.isEmpty() ? ""
                : " (eller en text i avsnittet " + Names.joinOr(texts) + " i bladet " + TEXTER.name() + ")");
    }

    /** The message for a workbook with data for no document at all (Swedish). */
    public static String noDocumentMessage() {
        List<String> parts = new ArrayList<>();
        for (DocumentType document : DocumentType.values()) {
            parts.add((parts.isEmpty() ? capitalised(document.indefinite()) + " behöver rader i "
                    : document.indefinite() + " i ") + sheetsPhrase(document));
        }
        return "arbetsboken har inga uppgifter för något dokument; fyll i rader under rubrikerna på bladen för det "
                + "dokument som ska göras. " + Names.joinAnd(parts) + ".";
    }

    private static String sheetsPhrase(DocumentType document) {
        List<String> sheets = sheetsMaking(document).stream().map(SheetSpec::name).toList();
        return sheets.size() == 1 ? "bladet " + sheets.get(0) : "något av bladen " + Names.joinOr(sheets);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
