package se.rapportverk.examples;

import java.time.LocalDate;
import java.util.List;

/**
 * Texts and actions of the handlingsplan for personlig assistans (reference 002), its
 * follow-up, the åtgärdsplan (reference 001) and the tjänsteskrivelse (references 000/004).
 */
final class PlanTexter {

    private PlanTexter() {
    }

    /**
     * One action of the Åtgärder sheet. Amounts in kr; {@code null} leaves the cell empty.
     * Möjligheter and Risker hold one item a line.
     */
    record Atgard(Integer nr, String atgard, String verksamhet, String ansvarig, LocalDate start,
            Long effektHelar, String effektText, Integer antal, Integer timmarPer, Integer timkostnad,
            String beskrivning, String mojligheter, String risker, String ekonomiskEffekt, String uppfoljning,
            String status, Long utfallHittills) {

        /** The same action as followed up: a status, the realised effect and a new Uppföljning text. */
        Atgard followedUp(String newStatus, long utfall, String newUppfoljning) {
            return new Atgard(nr, atgard, verksamhet, ansvarig, start, effektHelar, effektText, antal, timmarPer,
                    timkostnad, beskrivning, mojligheter, risker, ekonomiskEffekt, newUppfoljning, newStatus, utfall);
        }
    }

    // ------------------------------------------------------------------ handlingsplan personlig assistans

    static final String HANDLINGSPLAN_SAMMANFATTNING = """
            Avdelningen personlig assistans och stöd redovisade ett underskott för personlig assistans i egen regi i bokslutet för 2024. Prognosen för 2025 visar ett underskott om 1,2 miljoner kronor om inga åtgärder vidtas. Underskottet beror framför allt på att fler timmar verkställs än vad Försäkringskassan har beslutat om och ersätter, på höga kostnader för övertid och på arbetsplatsträffar och utbildning som inte ersätts av assistansersättningen.

            Handlingsplanen innehåller fyra åtgärder. Två av dem har en beräknad ekonomisk effekt: fler timvikarier och minskad övertid samt effektivare arbetsplatsträffar. De två övriga, att endast verkställa beslutade timmar och att sänka personalkostnaderna vid nyanställning, syftar till att underskottet inte ska öka och att prognosen ska hållas. Deras effekt redovisas därför inte som belopp.

            Under andra halvåret 2024 verkställdes fler timmar än beslutat i samtliga assistansgrupper, och övertiden var hög under semesterperioden och i december. Utvecklingen redovisas under Nyckeltal.

            Handlingsplanen följs upp varje månad genom nyckeltalsfilen och redovisas för vård- och omsorgsnämnden i samband med delårsrapporten per augusti och i årsredovisningen.
            """;

    static List<Atgard> handlingsplanAtgarder() {
        return List.of(
                new Atgard(1, "Endast verkställa beslutade timmar", null, "Enhetschefer personlig assistans",
                        LocalDate.of(2025, 1, 1), null, "Ej minus resultat", null, null, null, """
                        För att säkerställa ekonomisk hållbarhet ska enbart de arbetstimmar som omfattas av Försäkringskassans beslut verkställas. Det innebär att alla bemannade timmar måste motsvara beslutade timmar för vilka ersättning betalas ut. Åtgärden genomförs genom att korrekta bemanningskrav läggs in i schemat inför varje schemaperiod och genom löpande uppföljning av nyckeltalsfilen, så att beslutade timmar inte överskrids. Inkommande ersättning från Försäkringskassan följs dessutom upp varje månad.

                        För dubbelassistans och kortare arbetspass krävs samordning över hela avdelningen, så att längre arbetspass blir möjliga inom ramen för de ersättningsberättigade timmarna. Samplanering sker varje vecka på bemanningsmöten mellan enhetschefer och samordnare. Vid ett tillfälligt ökat behov av assistans ska en ansökan lämnas in omgående för att säkerställa rätten till ersättning.
                        """, """
                        Effektivare resursutnyttjande där samtliga arbetade timmar ger ersättning
                        Ökad budgetkontroll och balans i ekonomin
                        """, """
                        Svårigheter att bemanna korta pass och dubbelassistans, vilket kan leda till högre kostnader
                        Risk för sämre kvalitet vid otillräcklig bemanning
                        """, """
                        Målet är att prognosen ska hållas inom ramen för beslutade timmar och ersättning.
                        """, """
                        Månatlig uppföljning av nyckeltalsfilen för att kontrollera verkställda timmar mot beslutade timmar.
                        """, null, null),
                new Atgard(2, "Fler timvikarier och minskad övertid", null, "Enhetschefer och samordnare",
                        LocalDate.of(2025, 1, 1), 100_000L, null, null, null, null, """
                        För att minska kostnaderna för övertid och öka flexibiliteten i bemanningen ska schemaläggningen förbättras genom samplanering. Personal ska i möjligaste mån täcka vakanta pass i andra ärenden innan schemat låses. När schemat låses ska vakanser omedelbart bemannas med timvikarier via bemanningssystemet. Det krävs god framförhållning vid planering av semestrar och annan frånvaro för att säkerställa tillgången på vikarier. Samordnarna har en central roll i att stödja detta arbete.
                        """, """
                        En stabil timvikariebank med personer som kan arbeta både vid planerade och akuta behov
                        Ökad täckningsgrad i bemanningen genom att ordinarie personal kan arbeta i fler ärenden
                        Minskad övertid genom effektiv schemaläggning
                        """, """
                        Minskad kontinuitet och trygghet för kunden när fler personer arbetar i ärendet
                        Arbetstidslagen begränsar möjligheten att skapa samordnade scheman över flera ärenden
                        """, """
                        Uppskattad besparing om cirka 100 000 kr per år genom minskad övertid.
                        """, """
                        Kostnaden för övertid och andelen frånvaropass som täcks av timvikarie följs upp varje månad per assistansgrupp.
                        """, null, null),
                new Atgard(3, "Sänkta personalkostnader", null, "Avdelningschef personlig assistans och stöd",
                        LocalDate.of(2025, 1, 1), null, "Hålla prognos", null, null, null, """
                        Personalkostnaderna kan minskas genom en strategisk lönepolicy vid nyanställning, där ny personal erbjuds en lön som ryms inom den ersättning som Försäkringskassan betalar ut. Även timvikarier med lägre lönekostnad kan användas i större utsträckning.
                        """, """
                        Kostnadskontroll vid nyrekrytering
                        Anpassad lönenivå i förhållande till assistansersättningen
                        """, """
                        Risk för sämre kvalitet om det blir svårt att rekrytera erfaren och kompetent personal till en lägre lön
                        """, """
                        Gör det möjligt att hålla prognosen.
                        """, """
                        Lönenivån vid nyanställning följs upp vid varje rekrytering tillsammans med HR, och personalkostnaderna följs upp varje månad.
                        """, null, null),
                new Atgard(4, "Effektivare APT – samordning och tidsoptimering", null,
                        "Avdelningschef personlig assistans och stöd", LocalDate.of(2025, 3, 1), null, null, 42, 4, 320, """
                        För att använda resurserna bättre och minska kostnaderna samordnas arbetsplatsträffarna (APT) mellan flera personalgrupper. Färre men mer samordnade möten innebär att antalet APT-timmar som inte ersätts av Försäkringskassan minskar. Budgetmodellen bygger på att assistansersättningen ska täcka kostnaderna för både utbildning och APT, vilket i dag är svårt att uppnå på grund av höga lönekostnader.
                        """, """
                        Effektivare mötestid genom strukturerad och samlad information
                        Medarbetardagar som komplement till APT
                        Bättre kommunikation och likvärdig informationsspridning
                        Ökad flexibilitet och samverkan mellan grupperna, vilket kan effektivisera bemanningen
                        """, """
                        Färre fysiska möten kan påverka dialog och relationer negativt
                        Informationsspridningen kan bli långsammare
                        Kontakten mellan enhetschef och personalgrupp kan försämras
                        """, """
                        Potentiell besparing: 42 medarbetare × 4 timmar = 168 timmar per år som inte ersätts av Försäkringskassan. Med en timkostnad om 320 kr motsvarar det 53 760 kr per år.
                        """, """
                        Antalet genomförda arbetsplatsträffar och antalet APT-timmar per personalgrupp följs upp varje kvartal.
                        """, null, null));
    }

    // ------------------------------------------------------------------ uppföljning av handlingsplanen

    static final String UPPFOLJNING_SAMMANFATTNING = """
            Vård- och omsorgsnämnden beslutade den 18 mars 2025 om en ekonomisk handlingsplan för personlig assistans i egen regi. Planen ska hantera ett underskott om 1,2 miljoner kronor. Uppföljningen avser perioden januari–augusti 2025, och nyckeltalen redovisas till och med juli.

            Andelen verkställda av beslutade timmar har minskat i samtliga assistansgrupper och ligger nu nära 100 procent. Övertiden minskade under våren men ökade igen under semesterperioden. Åtgärden med effektivare arbetsplatsträffar är genomförd, och åtgärderna med beslutade timmar och fler timvikarier pågår.

            Åtgärden Sänkta personalkostnader har avbrutits. En lägre lön vid nyanställning riskerar att ge osakliga löneskillnader mellan medarbetare med lika eller likvärdigt arbete, och HR har avrått från åtgärden. Förvaltningen tar fram en ny åtgärd som ersätter den.

            Prognosen för personlig assistans i egen regi är nu ett underskott om 1,1 miljoner kronor, vilket är något bättre än när handlingsplanen beslutades.
            """;

    /** The actions half a year later: every one with a Status and an Utfall hittills (kr). */
    static List<Atgard> uppfoljningAtgarder() {
        List<Atgard> plan = handlingsplanAtgarder();
        return List.of(
                plan.get(0).followedUp("Pågår", 96_000, """
                        Bemanningskraven i schemat har anpassats till beslutade timmar i samtliga ärenden. Andelen verkställda av beslutade timmar har minskat i alla tre assistansgrupper. Jämfört med samma period föregående år har omkring 300 färre timmar verkställts utöver beslut, vilket motsvarar 96 000 kr. Uppföljningen fortsätter varje månad.
                        """),
                plan.get(1).followedUp("Pågår", 41_000, """
                        Timvikariebanken har utökats med tolv personer. Övertiden minskade under våren men ökade igen i juni och juli, när semestrar skulle täckas. Besparingen hittills beräknas till 41 000 kr.
                        """),
                plan.get(2).followedUp("Avbruten", 0, """
                        HR har avrått från en särskild lönepolicy vid nyanställning, eftersom den riskerar att ge osakliga löneskillnader mellan medarbetare med lika eller likvärdigt arbete. Åtgärden ersätts av en ny åtgärd som redovisas för nämnden i november.
                        """),
                plan.get(3).followedUp("Genomförd", 26_880, """
                        Sedan mars hålls gemensamma arbetsplatsträffar för flera personalgrupper varannan månad. Minskningen av APT-timmar motsvarar 26 880 kr till och med augusti.
                        """));
    }

    // ------------------------------------------------------------------ åtgärdsplan (reference 001)

    static final String ATGARDSPLAN_SAMMANFATTNING = """
            ### Uppföljningsmodell för bedömning av långsiktigt besparingskrav

            Under året har en ny uppföljningsmodell införts inom egen regi. Syftet med modellen är att få en bild av om verksamheten har en ekonomi i balans på lång sikt, där intäkterna täcker kostnaderna. Förväntade intäkter och kostnader analyseras i ett helårsperspektiv, och analysen tar höjd för kommande förändringar som planerade åtgärder och förändrade behov. Utifrån analysen beräknas ett bemanningsutrymme, det vill säga det antal årsarbetare som enheten har råd med. Bemanningsutrymmet jämförs sedan med den bemanning som finns i verksamheten, för att fastställa vilket resultat verksamheten förväntas ha under tolv månader.

            ### Resultat av analysen

            För hemtjänsten visar analysen att verksamheten för närvarande har ett underskott på 7,2 miljoner kronor som behöver hanteras. Inom särskilt boende har analysen hittills gjorts för Björkhagen, som visar ett underskott på 1,4 miljoner kronor. Kostenheten visar ett underskott på 1,0 miljoner kronor. Sammanlagt uppgår åtgärdsbehovet till 9,5 miljoner kronor.

            Hälso- och sjukvårdsorganisationen ingår inte i modellen, eftersom verksamheten inte finansieras med intäkter per utförd insats. Där görs i stället en utredning av bemanningen.

            ### Åtgärderna

            Åtgärdsplanen omfattar sex åtgärder inom fyra verksamheter. Flera av åtgärderna startar under året, och effekten under 2025 blir därför lägre än på helårsbasis. Planen täcker inte hela åtgärdsbehovet under 2025. Förvaltningen återkommer med ytterligare åtgärder när analysen av samtliga särskilda boenden är klar.

            Nyckeltalen för hemtjänsten visar stora skillnader mellan enheterna i hur stor andel av arbetstiden som utförs hos kund, i sjukfrånvaro och i hur stor andel av arbetstiden som utförs av timvikarier. De följs upp varje månad och ligger till grund för åtgärderna inom hemtjänsten.
            """;

    static List<Atgard> atgardsplanAtgarder() {
        return List.of(
                new Atgard(1, "Målvärden för utförd tid hos kund", "Hemtjänst", "Verksamhetschef hemtjänst",
                        LocalDate.of(2025, 4, 1), 2_400_000L, null, null, null, null, """
                        För att komma fram till vilka åtgärder som kan vidtas analyseras verksamheten ur ett verksamhetsnära perspektiv. Inom hemtjänsten följs statistik och nyckeltal för arbetstid, planerad tid och utförd tid. Insamlade data analyseras och jämförs mellan enheterna för att fastställa inom vilka delar enheterna behöver arbeta med sin planering och bemanning. Analysen visar bland annat att det är skillnad mellan enheterna i hur stor andel av den planerade tiden som faktiskt utförs hos kund.

                        Förvaltningen fastställer målvärden för hur stor andel av arbetstiden som ska utföras hemma hos kund och hur stor andel av den beställda tiden som ska utföras. Enheternas förutsättningar, som geografiska avstånd och storlek, beaktas, och målvärdet för hemtjänsten på landsbygden är därför lägre än för övriga grupper. När målvärdena är fastställda får varje enhet tydliga signaler om vilka delar den behöver fokusera på för att förbättra resultatet.
                        """, """
                        Fler utförda timmar hos kund ger högre intäkter utan ökad bemanning
                        Tydliga mål för varje enhet att följa upp
                        Jämförelser mellan enheterna synliggör goda arbetssätt
                        """, """
                        Mindre tid för dokumentation och samverkan om planeringen blir för snäv
                        Målvärdena kan upplevas som en ökad press på medarbetarna
                        """, """
                        En ökning av andelen utförd tid hos kund med tre procentenheter beräknas ge 2,4 miljoner kronor i ökade intäkter på helårsbasis.
                        """, """
                        Andelen utförd tid hos kund följs upp varje månad per enhet och redovisas för nämnden vid varje månadsuppföljning.
                        """, null, null),
                new Atgard(2, "Fler fast anställda i stället för timvikarier", "Hemtjänst", "Enhetschefer hemtjänst",
                        LocalDate.of(2025, 6, 1), 1_800_000L, null, null, null, null, """
                        För att minimera behovet av vikarier, skapa en tryggare arbetsmiljö och öka kontinuiteten för kunderna ser hemtjänsten över hur stor andel av bemanningen som kan bestå av fast anställd personal och hur stor del som behöver täckas av timanställda för att verksamheten ska kunna hantera variationen i behovet. Förvaltningen analyserar vilken andel fast personal som är bäst för verksamheten.

                        När andelen fast anställd personal ökar måste verksamheten ändå vara flexibel för att kunna möta variationer i behovet. Det görs genom så kallade resurspass, där personal kan arbeta i två enheter beroende på behov. Ett minskat behov av vikarier innebär också en mindre belastning på bemanningscentrum och därmed lägre administrativa kostnader.
                        """, """
                        Ökad kontinuitet för kunderna
                        Lägre kostnader för introduktion av nya vikarier
                        Mindre belastning på bemanningscentrum
                        """, """
                        Minskad flexibilitet om behovet minskar snabbt
                        Resurspass kräver samordnad planering mellan enheterna
                        """, """
                        Beräknad besparing om 1,8 miljoner kronor på helårsbasis genom lägre kostnader för timvikarier, introduktion och administration.
                        """, """
                        Andelen arbetad tid som utförs av timvikarier följs upp varje månad per enhet.
                        """, null, null),
                new Atgard(3, "Samordnad planering och gemensam bilpool", "Hemtjänst", "Verksamhetschef hemtjänst",
                        LocalDate.of(2025, 9, 1), 900_000L, null, null, null, null, """
                        Planeringen av insatser samordnas mellan hemtjänstgrupperna i samma geografiska område, så att restiderna minskar och kunder som bor nära varandra kan besökas av samma medarbetare. Samtidigt införs en gemensam bilpool för hemtjänstens fordon, vilket gör det möjligt att minska antalet leasade bilar.
                        """, """
                        Kortare restider och mer tid hos kund
                        Färre fordon och lägre kostnader för leasing och drivmedel
                        """, """
                        Kunderna kan möta fler medarbetare
                        Det nya planeringssystemet måste fungera fullt ut innan samplaneringen kan införas
                        """, """
                        Beräknad besparing om 900 000 kr på helårsbasis, varav ungefär hälften genom färre fordon.
                        """, """
                        Restid och antal fordon följs upp varje kvartal.
                        """, null, null),
                new Atgard(4, "Schemaöversyn och budget i timmar på Björkhagen", "Särskilt boende",
                        "Enhetschef Björkhagen", LocalDate.of(2025, 10, 1), 1_200_000L, null, null, null, null, """
                        Under 2023 togs en ny modell fram för bemanning inom särskilt boende, Björkhagsmodellen. En viktig del i modellen är så kallade resurspass, där en del av personalens planerade tid används för att täcka frånvaro. Modellen har hittills bara delvis införts.

                        Nu görs en schemaöversyn på Björkhagen, och planeringen stäms samtidigt av mot budgetutrymmet omräknat till budget i timmar, det vill säga hur många timmar det finns utrymme att bemanna med för att uppnå en budget i balans. Översynen beräknas vara klar i september, och det nya schemat gäller från oktober. Först därefter kan förvaltningen bedöma hur stort åtgärdsbehov som kvarstår inom övriga särskilda boenden.
                        """, """
                        Frånvaro täcks av ordinarie personal i stället för vikarier
                        Bättre kontinuitet för de boende
                        Modellen kan införas på övriga boenden
                        """, """
                        Resurspassen kan upplevas som otrygga av medarbetarna
                        Hög sjukfrånvaro kan göra att resurspassen inte räcker
                        """, """
                        Beräknad besparing om 1,2 miljoner kronor på helårsbasis, vilket motsvarar större delen av underskottet enligt bemanningsmodellen.
                        """, """
                        Bemanningen följs upp varje månad mot budget i timmar.
                        """, null, null),
                new Atgard(5, "Översyn av produktionsköken", "Kostenheten", "Kostchef",
                        LocalDate.of(2025, 7, 1), 600_000L, null, null, null, null, """
                        Inom kostenheten pågår en översyn av produktionsköken. Översynen omfattar antalet kök, bemanningen, menyplaneringen och livsmedelsinköpen. Målet är att samla produktionen till färre kök med längre öppettider och att minska matsvinnet genom en ny beställningsrutin för boendena.
                        """, """
                        Effektivare produktion och lägre kostnad per portion
                        Minskat matsvinn
                        """, """
                        Längre transporter av mat till boendena
                        Minskad flexibilitet vid särskilda kostönskemål
                        """, """
                        Beräknad besparing om 600 000 kr på helårsbasis.
                        """, """
                        Kostnad per portion och matsvinn följs upp varje kvartal.
                        """, null, null),
                new Atgard(6, "Översyn av bemanningen och minskad inhyrd personal", "Hälso- och sjukvård",
                        "Verksamhetschef hälsa och sjukvård", LocalDate.of(2025, 5, 1), 1_500_000L, null, null, null,
                        null, """
                        Inom hälso- och sjukvårdsorganisationen ser verksamheten över organisationen och bemanningen. En utredning ska fastställa vilken ordinarie bemanning som behövs för att uppnå lagstadgad kvalitet och patientsäkerhet och som är möjlig att finansiera inom ram. Utöver det bedömer verksamheten hur mycket som kan planeras med stöd av riktade statsbidrag. Målet är att behovet av inhyrda sjuksköterskor ska minska kraftigt, framför allt under sommaren.
                        """, """
                        Lägre kostnader för inhyrd personal
                        Bättre kontinuitet för patienterna
                        Tydligare ansvarsfördelning mellan sjuksköterskor, arbetsterapeuter och fysioterapeuter
                        """, """
                        Svårt att rekrytera sjuksköterskor till kvällar och helger
                        Risk för hög arbetsbelastning om vakanser inte kan tillsättas
                        """, """
                        Beräknad besparing om 1,5 miljoner kronor på helårsbasis genom minskad inhyrd personal.
                        """, """
                        Kostnaden för inhyrd personal följs upp varje månad.
                        """, null, null));
    }

    // ------------------------------------------------------------------ tjänsteskrivelse

    static final String TJ_SAMMANFATTNING = """
            Vård- och omsorgsnämnden beslutade den 18 mars 2025 om en ekonomisk handlingsplan för personlig assistans i egen regi och gav förvaltningen i uppdrag att redovisa resultatet av handlingsplanen löpande under året. Den här tjänsteskrivelsen redovisar uppföljningen per augusti.

            Tre av handlingsplanens fyra åtgärder är genomförda eller pågår och har gett effekt. Andelen verkställda av beslutade timmar ligger nu nära 100 procent i samtliga assistansgrupper. Åtgärden Sänkta personalkostnader har avbrutits och behöver ersättas av en ny åtgärd.

            Prognosen för personlig assistans i egen regi är ett underskott om 1,1 miljoner kronor, vilket är något bättre än de 1,2 miljoner kronor som handlingsplanen utgick från. Förvaltningen föreslår att nämnden godkänner uppföljningen och ger förvaltningen i uppdrag att revidera handlingsplanen.
            """;

    static final String TJ_ARENDEBESKRIVNING = """
            Nämndens budget för 2025 beslutades den 17 december 2024. I budgetbeslutet fick förvaltningen i uppdrag att bedriva nämndens verksamhet på ett kostnadseffektivt sätt med hög kvalitet, för att nämnden ska klara den demografiska utvecklingen.

            Personlig assistans i egen regi har redovisat underskott under flera år. Bokslutet för 2024 visade ett underskott om 2,5 miljoner kronor för personlig assistans i egen regi. Inför 2025 bedömde förvaltningen att underskottet skulle bli 1,2 miljoner kronor om inga åtgärder vidtogs.

            Vård- och omsorgsnämnden beslutade den 18 mars 2025, § 27, om en ekonomisk handlingsplan för personlig assistans (dnr 2025.019 VON). Nämnden gav samtidigt förvaltningen i uppdrag att redovisa resultatet av handlingsplanen i samband med delårsrapporten per augusti och med en slutrapport i årsredovisningen för 2025.
            """;

    /** A section of the workbook's own (Texter row with its own Avsnitt and a Rubrik). */
    static final String TJ_BARNRATTSPERSPEKTIV = """
            Förslaget påverkar inte barn direkt. De barn och unga som har personlig assistans i egen regi får samma beslutade timmar som tidigare, och deras assistenter berörs av åtgärderna på samma sätt som övriga medarbetare.
            """;

    static final String TJ_YTTRANDE = """
            Handlingsplanen omfattar fyra åtgärder. Nedan redovisas hur arbetet med varje åtgärd har gått under perioden januari–augusti.

            ### Endast verkställa beslutade timmar

            Bemanningskraven i schemat har anpassats till beslutade timmar i samtliga ärenden, och verkställda timmar följs upp mot beslutade timmar varje månad. Andelen verkställda av beslutade timmar har minskat i samtliga tre assistansgrupper och har sedan maj legat nära 100 procent. Jämfört med samma period föregående år har omkring 300 färre timmar verkställts utöver beslut, vilket motsvarar 96 000 kr.

            Dubbelassistans och korta arbetspass är fortfarande svåra att planera inom de beslutade timmarna. Samplaneringen mellan enhetschefer och samordnare fortsätter varje vecka.

            ### Fler timvikarier och minskad övertid

            Timvikariebanken har utökats med tolv personer. Övertiden minskade tydligt under våren men ökade igen i juni och juli, när semestrar skulle täckas. Andelen frånvaropass som täcks av timvikarie har ökat i samtliga grupper men når ännu inte målvärdet. Besparingen hittills beräknas till 41 000 kr.

            ### Sänkta personalkostnader

            Åtgärden har avbrutits. HR har avrått från en särskild lönepolicy vid nyanställning, eftersom den riskerar att ge osakliga löneskillnader mellan medarbetare med lika eller likvärdigt arbete. Förvaltningen tar fram en ny åtgärd som ersätter den, med inriktning på schemaläggning och minskad sjukfrånvaro.

            ### Effektivare arbetsplatsträffar

            Sedan mars hålls gemensamma arbetsplatsträffar för flera personalgrupper varannan månad. Åtgärden är genomförd och har minskat antalet APT-timmar som inte ersätts av Försäkringskassan. Effekten till och med augusti motsvarar 26 880 kr.

            ### Sammanfattande bedömning

            Förvaltningen bedömer att handlingsplanen har gett effekt. Den största effekten kommer från att endast beslutade timmar verkställs, en åtgärd vars effekt inte beräknades i kronor när planen beslutades. Underskottet i egen regi har minskat, men verksamheten når inte en budget i balans under 2025. Förvaltningen föreslår därför att handlingsplanen revideras.
            """;

    static final String TJ_EKONOMISK_BEDOMNING = """
            Tabellen visar nettokostnad och nämndbidrag för avdelningen personlig assistans och stöd 2022–2025. För 2025 avser nettokostnaden helårsprognosen per augusti.

            Personlig assistans i egen regi har förbättrat sitt resultat varje år sedan 2023, från ett underskott om 3,3 miljoner kronor 2023 till en prognos om ett underskott om 1,1 miljoner kronor 2025. Kostnaderna för assistans som utförs av externa anordnare har däremot ökat under 2025, och prognosen visar ett underskott om 2,2 miljoner kronor. Det beror på att fler kunder har valt en extern anordnare och på att kommunen betalar för de första 20 timmarna per vecka.

            Avdelningens samlade prognos för 2025 är ett underskott om 2,5 miljoner kronor. Förslaget till beslut medför i sig inga ytterligare ekonomiska konsekvenser. Den reviderade handlingsplanen ska redovisa åtgärder som täcker det kvarstående underskottet i egen regi.
            """;
}
