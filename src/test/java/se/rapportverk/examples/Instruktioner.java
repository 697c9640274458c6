package se.rapportverk.examples;

/**
 * The text of the {@code Instruktioner} sheet of each example workbook. A line starting with
 * {@code "## "} is a bold heading; other lines are shown as they are. Rapportverk ignores the
 * sheet: it is there for the people who fill in the workbook.
 */
final class Instruktioner {

    private Instruktioner() {
    }

    private static final String LASA = """
            ## Så läser Rapportverk arbetsboken
            Rapportverk hittar bladen på deras namn och kolumnerna på rubrikens text, i valfri ordning. Stora och små bokstäver, å, ä, ö och extra mellanslag spelar ingen roll, men ändra inte rubrikerna i övrigt.
            Blad och kolumner som Rapportverk inte känner till hoppas över, som det här bladet och kolumnen Förklaring på bladet Rapport. Du kan alltså lägga till egna blad med underlag och beräkningar.
            Rubrikraden är den första raden på bladet som inte är tom. Helt tomma rader hoppas över, och en rad vars första cell börjar med # är en kommentar som inte läses.
            """;

    private static final String BELOPP = """
            ## Belopp och tecken
            Alla belopp anges i den enhet som står i fältet Beloppsenhet på bladet Rapport (kr, tkr eller mkr). Skriv beloppen som de står i ekonomisystemet och avrunda inte själv. Rapportverk räknar med exakta belopp och avrundar först när beloppen visas.
            Intäkter anges som positiva belopp och kostnader som negativa. Nettot är summan av intäkter och kostnader.
            Avvikelse är alltid prognos minus budget (eller utfall minus budget). En negativ avvikelse är alltså sämre än budget, både för intäkter och för kostnader.
            En tom beloppscell betyder att beloppet inte redovisas. Den visas som – i dokumentet och räknas som noll i summor.
            Belopp kan också skrivas som text med svensk formatering, till exempel 1 092,2 eller -51,2, och ett negativt belopp inom parentes som i bokföringen: (19 700) är -19 700.
            """;

    private static final String SUMMOR = """
            ## Summarader och kontroller
            Rader som börjar med Summa, Totalt eller Netto, eller som har Typ Summa, är kontrollsummor. Rapportverk räknar alltid fram summorna själv och jämför dem med summorna i arbetsboken. Om de skiljer sig mer än vad avrundning kan förklara visas en varning som anger cellerna. I exemplet är summaraderna formler (SUMMA), så att de alltid stämmer med raderna ovanför.
            Kolumnen Avvikelse behöver inte fyllas i. Om den finns kontrolleras den, men Rapportverk räknar alltid fram avvikelsen själv.
            Kontrollera arbetsboken innan du skapar dokumenten. Kontrollen visar fel, som stoppar, och varningar, som inte stoppar, med blad och cell, till exempel Resultaträkning!E5.
            """;

    private static final String DATUM = """
            ## Datum
            Datum skrivs som datum i Excel eller som text i formen 2025-09-23. Perioder för nyckeltal skrivs som text i formen 2025-01.
            """;

    private static final String TEXTER = """
            ## Texter
            Bladet Texter har en rad per avsnitt i dokumentet: Avsnitt är avsnittets nyckel (till exempel vasentliga-handelser), Rubrik är valfri och lämnas tom i exemplet, och Text är själva texten. Nyckeln kan också skrivas som rubriken, till exempel Väsentliga händelser. Flera rader med samma avsnitt sätts ihop i tur och ordning.
            I kolumnen Text gäller följande:
            • En tom rad skiljer två stycken åt.
            • Rader som börjar med ett bindestreck och ett mellanslag blir en punktlista.
            • En rad som börjar med ### och ett mellanslag blir en underrubrik.
            • Ord inom dubbla asterisker blir fetstil och ord inom enkla asterisker blir kursiv stil.
            • Ett beräknat tal skrivs med sitt namn inom klammerparenteser, till exempel {prognos avvikelse} eller {prognos avvikelse hemtjänst utan tecken}. Rapportverk skriver där talet som tabellerna visar det, med enhet. Namnen står i docs/arbetsbok.md under Tal i texter.
            Inget annat i texten tolkas. Tecken som <, & och # mitt i en rad visas precis som de är skrivna.
            I Excel gör du en ny rad i en cell med Alt+Retur (på Mac: Kontroll+Alternativ+Retur).
            """;

    private static String kommando(String fil) {
        return """
                ## Kontrollera och skapa dokumenten
                Kontrollera arbetsboken:
                rapportverk check %1$s
                Skapa dokumenten i PDF och Word:
                rapportverk generate %1$s
                """.formatted(fil);
    }

    static final String DELARSRAPPORT = """
            Arbetsboken innehåller allt som behövs för vård- och omsorgsnämndens delårsrapport per augusti 2025 i Ekeby kommun: uppgifter om rapporten, de beskrivande texterna, mål, satsningar och uppdrag, ekonomin och internkontrollen. Kommunen, personerna och alla siffror är påhittade.
            Använd arbetsboken som mall: byt ut texter och siffror, behåll bladens namn och kolumnrubrikerna.

            ## Bladen i arbetsboken
            Rapport – kommun, nämnd, förvaltning, år, period (den sista månaden som ingår), beloppsenhet, datum och diarienummer.
            Texter – de beskrivande avsnitten i delårsrapporten. Sammanfattningen av ekonomin i avsnitt 6 skriver Rapportverk själv utifrån siffrorna, och den finns därför inte här.
            Mål – kommunfullmäktiges och nämndens mål. Nivå är Kommunfullmäktige eller Nämnd. Bedömning är Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt. Innebörd beskriver vad målet innebär för nämnden, och Text hur nämnden har bidragit.
            Uppdrag – riktade satsningar och uppdrag från kommunfullmäktige. Typ är Satsning eller Uppdrag.
            Resultaträkning – intäkter och kostnader per post (tkr). Utfall period avser januari–augusti och Budget period budgeten för samma månader. Utfall period föregående år avser januari–augusti 2024.
            Driftsredovisning – nettokostnad per verksamhet (tkr), grupperad per område. Totalt ska stämma med Summa totalt i resultaträkningen i varje kolumn. Rubrikerna är kopierade från förra årets rapport (Bokslut 2024, Utfall jan–aug 2025, Prognos helår 2025 …); Rapportverk läser dem mot År och Period på bladet Rapport, som om de vore Bokslut föregående år, Utfall period och Prognos. Hemtjänstens avvikelse står inom parentes, (19 700), som i bokföringen.
            Månadsutfall – nettokostnad per månad, inte ackumulerad (tkr). Rader utan Verksamhet gäller nämnden som helhet, rader med Verksamhet den verksamheten i driftsredovisningen. Raderna # Summa är kommentarer som visar att månaderna stämmer med resultaträkningen och driftsredovisningen. Månaderna ger prognosmetoden trend.
            Volymer – volymer enligt resursfördelningsmodellen. Kostnad per enhet anges i tkr per volymenhet, till exempel per årsplacering eller per timme. Avvikelsen i driftsredovisningen hämtas från verksamheten med samma namn på bladet Driftsredovisning.
            Externa utförare – köp av verksamhet och nettokostnad per verksamhet för januari–augusti, utfall och budget för perioden (tkr), samt antalet externa utförare den 31 augusti.
            Investeringar – investeringsprojekt (tkr). Utgifter anges som negativa belopp.
            Internkontroll – riskerna i internkontrollplanen med kontroll, resultat (Utan avvikelse, Mindre avvikelse, Stor avvikelse eller Ej genomförd) och kommentar.

            """ + LASA + "\n" + BELOPP + "\n" + SUMMOR + "\n" + TEXTER + "\n" + DATUM + "\n"
            + kommando("delarsrapport-augusti-2025.xlsx");

    static final String MED_AVVIKELSER = """
            Den här arbetsboken är ett övningsexempel för kontrollen i Rapportverk. Den innehåller resultaträkningen och driftsredovisningen från delarsrapport-augusti-2025.xlsx, men fem fel har lagts in med avsikt. Cellerna med fel är markerade med gul bakgrund.
            Kör kontrollen och jämför med listan nedan.

            ## Felen i arbetsboken
            1. Resultaträkning!E5 – Summa intäkter, Utfall period, är inskriven som 63 235 i stället för en summa. Raderna ovanför summerar till 61 135, så den angivna summan är 2 100 tkr för hög.
            2. Resultaträkning!I6 – Avvikelse för Personalkostnader är inskriven som -42 700. Prognos minus budget är -47 200.
            3. Resultaträkning!C11 – Kapitaltjänstkostnader, Bokslut föregående år, är inskriven som ett positivt belopp, 5 120. Kostnader ska anges som negativa belopp. Följdfel: Summa totalt för Bokslut föregående år blir 10 240 tkr högre än i driftsredovisningen (Driftsredovisning!C18 mot Resultaträkning!C13).
            4. Driftsredovisning!H2 – Prognos för Hemtjänst är inskriven som -214 500 i stället för -241 500 (två siffror har bytt plats). Driftsredovisningens Totalt för Prognos (H18) blir därför 27 000 tkr lägre i belopp än resultaträkningens Summa totalt (Resultaträkning!H13).
            5. Driftsredovisning!D15 – Utfall period föregående år för Bostadsanpassning, -5 448, är större i belopp än Bokslut föregående år, -5 170 (C15). Utfallet för januari–augusti kan inte vara större än utfallet för helåret. Cellen D16 (Central administration) har ändrats lika mycket åt andra hållet, så att kolumnens totalsumma fortfarande stämmer och felet syns som en egen varning.

            Fel 4 syns också när prognosen jämförs med prognosmetoderna: hemtjänstens prognos ligger långt från både den linjära prognosen och säsongsprognosen, så kontrollen varnar en gång till för Driftsredovisning!H2.

            """ + LASA + "\n" + BELOPP + "\n" + SUMMOR + "\n" + kommando("delarsrapport-med-avvikelser.xlsx");

    private static final String ATGARDER = """
            ## Bladet Åtgärder
            En rad per åtgärd. Nr bestämmer ordningen. Effekt helår är den ekonomiska effekten på helårsbasis i kronor, där ett positivt belopp är en besparing eller en ökad intäkt.
            Effekt innevarande år kan lämnas tom. Rapportverk räknar då fram den från startdatumet: en åtgärd som startar den 1 mars ger tio tolftedelar av effekten på helårsbasis.
            Effekt text används när effekten inte är ett belopp, till exempel Hålla prognos.
            När Antal, Timmar per och Timkostnad är ifyllda kan Effekt helår lämnas tom. Den blir då Antal × Timmar per × Timkostnad, och timmarna visas i dokumentet.
            Möjligheter och Risker skrivs med en punkt per rad. Beskrivning, Ekonomisk effekt och Uppföljning kan formateras som på bladet Texter.
            Status (Ej påbörjad, Pågår, Genomförd eller Avbruten) och Utfall hittills fylls i först när planen följs upp. Så länge de är tomma blir dokumentet en plan; när de är ifyllda blir det en uppföljning av planen.
            """;

    private static final String NYCKELTAL = """
            ## Bladet Nyckeltal
            En rad per nyckeltal, enhet och period. Period skrivs som text i formen 2025-01. Målvärde är den nivå som ska nås. Riktning är Högre är bättre eller Lägre är bättre. Måttenhet anges en gång per rad, till exempel %, timmar eller kr. Procent skrivs som tal, till exempel 104,2 för 104,2 %.
            """;

    static final String HANDLINGSPLAN = """
            Arbetsboken innehåller den ekonomiska handlingsplanen för personlig assistans i egen regi 2025 i Ekeby kommun: uppgifter om planen, sammanfattningen, de fyra åtgärderna och nyckeltalen för verkställda och beslutade timmar under andra halvåret 2024, som planen bygger på. Kommunen, personerna och alla siffror är påhittade.

            ## Bladen i arbetsboken
            Rapport – uppgifter om planen: ansvarskod, styrdokumentets uppgifter (typ, beslutande instans, giltighetstid med mera) och underskottet som åtgärderna ska täcka, i kronor.
            Texter – sammanfattningen, som står före tabellen över åtgärderna.
            Åtgärder – åtgärderna med startdatum, ekonomisk effekt, beskrivning, möjligheter, risker och uppföljning.
            Nyckeltal – månatlig uppföljning per assistansgrupp.

            """ + ATGARDER + "\n" + NYCKELTAL + "\n" + LASA + "\n" + TEXTER + "\n" + DATUM + "\n"
            + kommando("handlingsplan-personlig-assistans-2025.xlsx");

    static final String UPPFOLJNING = """
            Arbetsboken är handlingsplanen för personlig assistans från handlingsplan-personlig-assistans-2025.xlsx, följd upp i september 2025. Varje åtgärd har fått en status och ett utfall hittills, och nyckeltalen avser januari–juli 2025. Därför blir dokumentet en uppföljning av handlingsplanen, med status och utfall i sammanfattningstabellen. Kommunen, personerna och alla siffror är påhittade.

            ## Bladen i arbetsboken
            Rapport – samma uppgifter som i handlingsplanen, med uppföljningens datum.
            Texter – sammanfattningen av uppföljningen.
            Åtgärder – åtgärderna med Status och Utfall hittills i kronor. Texten i Uppföljning beskriver vad som har hänt.
            Nyckeltal – månatlig uppföljning per assistansgrupp, januari–juli 2025.

            """ + ATGARDER + "\n" + NYCKELTAL + "\n" + LASA + "\n" + TEXTER + "\n" + DATUM + "\n"
            + kommando("uppfoljning-handlingsplan-2025.xlsx");

    static final String ATGARDSPLAN = """
            Arbetsboken innehåller vård- och omsorgsnämndens åtgärdsplan för 2025 i Ekeby kommun, med åtgärder inom hemtjänst, särskilt boende, kostenheten och hälso- och sjukvård och en beräkning av bemanningsutrymmet per enhet. Kommunen, personerna och alla siffror är påhittade.

            ## Bladen i arbetsboken
            Rapport – uppgifter om planen, årsarbetstiden och underskottet (åtgärdsbehovet) i kronor.
            Texter – sammanfattningen, med modellen för bemanningsutrymme och resultatet av analysen.
            Åtgärder – åtgärderna grupperade per verksamhet. Status och Utfall hittills är tomma, eftersom det här är en plan och inte en uppföljning.
            Bemanning – underlaget för bemanningsutrymmet per enhet, i kronor och årsarbetare.
            Nyckeltal – andel utförd tid hos kund, sjukfrånvaro och andel timvikarier per hemtjänstgrupp, oktober 2024–februari 2025.

            ## Bladet Bemanning
            En rad per enhet. Intäkter helår är enhetens förväntade intäkter under tolv månader och Övriga kostnader helår alla kostnader utom personalkostnader, båda som positiva belopp. Kostnad per årsarbetare är den genomsnittliga personalkostnaden för en heltidsanställd, inklusive personalomkostnader. Bemanning är antalet årsarbetare i enheten i dag.
            Rapportverk räknar fram bemanningsutrymmet, det vill säga (Intäkter − Övriga kostnader) / Kostnad per årsarbetare, differensen mot dagens bemanning, det förväntade resultatet under tolv månader och budgeten i timmar (bemanningsutrymmet × årsarbetstiden).

            """ + ATGARDER + "\n" + NYCKELTAL + "\n" + LASA + "\n" + TEXTER + "\n" + DATUM + "\n"
            + kommando("atgardsplan-2025.xlsx");

    static final String TJANSTESKRIVELSE = """
            Arbetsboken innehåller förvaltningens tjänsteskrivelse till vård- och omsorgsnämnden om uppföljningen av handlingsplanen för personlig assistans. Kommunen, personerna och alla siffror är påhittade.

            ## Bladen i arbetsboken
            Rapport – kommun, förvaltning, nämnden som ärendet går till, datum, diarienummer, handläggare med telefon och e-post, och ärendemening (Titel).
            Texter – avsnitten sammanfattning, arendebeskrivning, forvaltningens-yttrande och ekonomisk-bedomning, och ett eget avsnitt, Barnrättsperspektiv: en rad med ett eget namn i Avsnitt och en Rubrik blir ett avsnitt med den rubriken, där raden står på bladet.
            Ärende – förslag till beslut, beslutsunderlag, underskrifter och sändlista, en rad per punkt. Typ är Beslutsförslag, Beslutsunderlag, Underskrift eller Skickas till. Beslutsförslagen numreras i den ordning de står. För en underskrift står namnet i Text och titeln i Titel.
            Flerårsöversikt – nettokostnad och nämndbidrag per område och år (tkr). Här anges båda beloppen som positiva tal, och resultatet räknas fram som nämndbidrag minus nettokostnad. För innevarande år anges helårsprognosen som nettokostnad.

            """ + LASA + "\n" + TEXTER + "\n" + DATUM + "\n" + kommando("tjansteskrivelse-handlingsplan-2025.xlsx");
}
