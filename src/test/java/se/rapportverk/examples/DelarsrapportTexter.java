package se.rapportverk.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The narrative texts of the example delårsrapport (Texter sheet), the goals (Mål), the
 * directed investments and assignments (Uppdrag) and the internal control (Internkontroll).
 * Every amount quoted here is checked against the figures by {@link Quotes} when the
 * workbook is built.
 */
final class DelarsrapportTexter {

    private DelarsrapportTexter() {
    }

    /** Texter: Avsnitt → Text, in the order of the document. */
    static Map<String, String> texter() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("sammanfattning", """
                Delårsrapport augusti 2025 sammanfattar perioden januari–augusti i vård- och omsorgsnämndens verksamheter.

                Årets första åtta månader har präglats av ett fortsatt ansträngt ekonomiskt läge, ökade behov inom hemtjänst och LSS-boende och ett intensivt arbete med att ställa om verksamheterna mot en långsiktigt hållbar ekonomi. Nämnden har samtidigt arbetat vidare med de utvecklingsmål som prioriteras i nämndens verksamhetsplan för 2025:

                - Mer effektiva och ändamålsenliga arbetssätt.
                - Samordnade vård- och omsorgsprocesser.
                - Ökad självständighet genom förebyggande insatser och välfärdsteknik.
                - Ekonomi i balans.

                Under perioden har flera större förändringar genomförts:

                - Vård- och omsorgsboendet Lindbacken med 60 lägenheter öppnade i april. Boendet ersätter Solgården, som avvecklas under hösten.
                - Den nya socialtjänstlagen trädde i kraft den 1 juli. Riktlinjer, rutiner och nämndens delegationsordning har anpassats till lagen.
                - Nämnden beslutade i mars om en ekonomisk handlingsplan för personlig assistans och i april om en åtgärdsplan för hemtjänst, särskilt boende, kostenheten och hälso- och sjukvården.
                - Ett nytt planeringssystem har införts i samtliga hemtjänstgrupper. Det ger ett bättre underlag för att följa planerad och utförd tid hos kund.

                Behovet av hemtjänst har ökat mer än vad som förutsågs i budgeten. Prognosen visar 361 000 utförda timmar, att jämföra med 352 000 timmar i budget. Även inom LSS-boende ökar behoven, och prognosen pekar på 121 årsplaceringar mot budgeterade 118.

                Sjukfrånvaron är lägre än under samma period föregående år men ligger fortfarande över nämndens målnivå, och kostnaderna för vikarier och övertid är fortsatt höga.

                För 2025 är det ekonomiska läget mycket ansträngt. Nämnden redovisar ett underskott om {utfall avvikelse utan tecken} för perioden januari–augusti jämfört med periodens budget. Helårsprognosen pekar på ett underskott om {prognos avvikelse utan tecken}, vilket motsvarar {prognos avvikelse procent utan tecken} av nämndens budgetram. Underskottet beror framför allt på högre personalkostnader inom hemtjänst, LSS-boende och hälso- och sjukvård. Lägre kostnader för köpta platser och högre intäkter från avgifter motverkar delvis underskottet. Åtgärderna i handlingsplanen och åtgärdsplanen ger effekt under hösten men räcker inte för att nå en budget i balans 2025.
                """);
        t.put("uppdrag-och-ansvar", """
                Vård- och omsorgsnämnden ansvarar för:

                - Handläggning och verkställighet av enskilda ärenden om vård, omsorg och stöd.
                - Kommunens uppgifter enligt socialtjänstlagen (2025:400) för äldre personer och för personer med funktionsnedsättning. Ekonomiskt bistånd, vård och stöd vid missbruk och beroende, stöd till brottsutsatta samt insatser för barn och unga ligger under socialnämnden enligt dess reglemente.
                - Kommunens uppgifter enligt lagen (1993:387) om stöd och service till vissa funktionshindrade (LSS).
                - Kommunens uppgifter enligt hälso- och sjukvårdslagen (2017:30) för personer som bor i särskilt boende, vistas i dagverksamhet eller har hemsjukvård.
                - Kommunens uppgifter enligt lagen (2018:222) om bostadsanpassningsbidrag.
                - Servicetjänster till personer som fyllt 70 år enligt lagen (2009:47) om vissa kommunala befogenheter.
                - Anhörigstöd och förebyggande verksamhet för äldre, bland annat träffpunkter och förebyggande hembesök.

                Vård- och omsorgsförvaltningen är organiserad i fem avdelningar: myndighet, äldreomsorg, LSS och socialpsykiatri, hälsa och sjukvård samt verksamhetsstöd. Verksamheten bedrivs i huvudsak i egen regi. Inom hemtjänsten finns ett valfrihetssystem enligt lagen om valfrihetssystem (LOV), och inom personlig assistans väljer många kunder en extern anordnare. Förvaltningen har drygt 1 700 medarbetare.

                Den nya socialtjänstlagen gäller från den 1 juli 2025. Lagen ger ett tydligare förebyggande uppdrag och gör det möjligt att erbjuda vissa insatser utan föregående individuell behovsprövning. Nämndens reglemente och delegationsordning har anpassats till den nya lagen.
                """);
        t.put("vasentliga-handelser", """
                Under perioden har nämnd och förvaltning arbetat vidare med omställningen mot en hållbar ekonomi. Arbetet bygger på den ekonomiska handlingsplanen för personlig assistans som nämnden beslutade den 18 mars och på åtgärdsplanen som beslutades den 22 april. Se vidare avsnitt 6.2.

                ### Myndighet, kvalitet och utveckling

                - Den nya socialtjänstlagen trädde i kraft den 1 juli. Samtliga biståndshandläggare har utbildats i lagens förebyggande inriktning, och riktlinjerna för handläggning inom äldreomsorgen har reviderats.
                - Arbetet med modellen Individens behov i centrum (IBIC) har fortsatt. All handläggning inom äldreomsorgen dokumenteras nu enligt modellen, vilket gör det möjligt att följa om insatserna gör skillnad för den enskilde.
                - Två strateger arbetar med att förebygga välfärdsbrott. Under våren granskades utförd tid och fakturering hos samtliga externa utförare inom hemtjänsten. Granskningen visade inga felaktiga utbetalningar.
                - En reviderad lokalförsörjningsplan för vård- och omsorgsboenden och LSS-bostäder har tagits fram tillsammans med samhällsbyggnadsförvaltningen och behandlas av nämnden i oktober.

                ### Äldreomsorg

                - Vård- och omsorgsboendet Lindbacken öppnade i april. Flytten från Solgården genomfördes under två veckor i maj med stöd av anhöriga och frivilliga. Solgården avvecklas helt i oktober, och fram till dess betalar nämnden hyra för båda boendena.
                - Ett nytt planeringssystem med mobil dokumentation har införts i samtliga hemtjänstgrupper. Systemet ger bättre möjligheter att jämföra planerad och utförd tid och att samplanera mellan grupperna.
                - Antalet hemtjänsttimmar har ökat mer än beräknat. Fler kunder har omfattande behov av omvårdnad och tillsyn, och utskrivningar från slutenvården sker snabbare än tidigare.
                - Korttidsboendet har haft hög beläggning under hela perioden. Under sommaren öppnades tre tillfälliga platser för att ta emot utskrivningsklara patienter.
                - Samtliga trygghetslarm är nu digitala, och tillsyn via kamera nattetid erbjuds i hela kommunen.

                ### Hälsa och sjukvård

                - Det har varit svårt att rekrytera sjuksköterskor, särskilt till kvällar och helger. Under sommaren har verksamheten behövt hyra in sjuksköterskor från bemanningsföretag.
                - Ett nytt länsgemensamt avtal om läkarmedverkan i den kommunala hälso- och sjukvården gäller från den 1 april. Avtalet ställer högre krav på gemensam planering med vårdcentralerna.
                - En pilot med läkemedelsautomater har startat i hemtjänstgrupp Norr.

                ### LSS och socialpsykiatri

                - Två kunder som tidigare hade en extern placering har flyttat hem till Ekeby. De bor nu i träningslägenheter i kommunens egen regi, med stöd dygnet runt.
                - Gruppbostaden Ekbacken med sex lägenheter byggs och beräknas vara klar för inflyttning i början av 2026. I väntan på den har tillfälliga lösningar med högre bemanning behövts.
                - Digitalt boendestöd erbjuds nu alla kunder som vill ha det. Kunderna är nöjda, och personalen har fått mer tid för besök hos dem som har störst behov.
                - Inom personlig assistans följs verkställda timmar mot beslutade timmar varje månad i enlighet med handlingsplanen.

                ### Medarbetare

                - Sjukfrånvaron har minskat jämfört med föregående år men är fortfarande hög inom hemtjänst och LSS-boende.
                - Lärcentrum har genomfört introduktionsutbildning för drygt 250 sommarvikarier och grundutbildning i läkemedelshantering för nyanställda undersköterskor.
                - Arbetet med heltid som norm har fortsatt. Alla nya tillsvidareanställningar inom äldreomsorgen erbjuds på heltid.

                Omställningen har krävt mycket av chefer och medarbetare. Samtidigt ser förvaltningen tydliga resultat i form av bättre planering, ett ökat samarbete mellan enheterna och medarbetare som kommer med egna förslag på förbättringar.
                """);
        t.put("mal", """
                Kommunfullmäktiges målbild för perioden 2024–2027 är *Ekeby – tryggt, nära och hållbart*. Målbilden bryts ned i fyra övergripande mål som gäller för samtliga nämnder. Vård- och omsorgsnämnden har därutöver fyra utvecklingsmål för grunduppdraget, som beslutades i nämndens verksamhetsplan för 2025.

                Måluppfyllelsen bedöms i tre nivåer:

                - **Uppfyllt** – målet bedöms vara uppnått vid årets slut.
                - **Delvis uppfyllt** – arbetet går i rätt riktning, men målet bedöms inte nås fullt ut under året.
                - **Ej uppfyllt** – målet bedöms inte nås under året.

                Bedömningen bygger på nyckeltal, genomförda aktiviteter och de uppföljningar som gjorts under perioden. Flera nyckeltal, bland annat brukarbedömningar och medarbetarenkäten, redovisas först i årsredovisningen. Bedömningen vid delåret är därför en prognos för helåret.
                """);
        t.put("ekonomisk-analys", """
                Vård- och omsorgsnämnden visar ett underskott på {utfall avvikelse utan tecken} per sista augusti jämfört med periodens budget. Huvuddelen av underskottet beror på högre personalkostnader inom hemtjänst, LSS-boende och hälso- och sjukvård. Personalkostnaderna avviker med {utfall avvikelse personalkostnader} mot budget för januari–augusti, och avvikelsen väntas öka till {prognos avvikelse personalkostnader} vid årets slut.

                De högre personalkostnaderna förklaras främst av kostnader för vikarier vid sjukfrånvaro, övertid och mertid samt av att bemanningen i hemtjänsten har ökat i takt med fler utförda timmar. Kostnaderna för sjukfrånvaro och vikarier ryms endast delvis i verksamheternas budget, vilket syns tydligt i utfallet.

                Helårsprognosen visar ett underskott om {prognos avvikelse utan tecken} jämfört med budget. Lägre kostnader för köp av verksamhet, 13,5 mkr under budget, och högre intäkter från avgifter motverkar delvis de högre personalkostnaderna.

                ### Hemtjänst

                Hemtjänsten prognostiserar en negativ avvikelse om {prognos avvikelse hemtjänst utan tecken}. Antalet utförda timmar väntas bli 361 000, vilket är fler än de 352 000 timmar som ligger till grund för budgeten. Volymökningen förklarar {avvikelse utifrån volym hemtjänst utan tecken} av avvikelsen. Resterande 14,0 mkr beror på att kostnaden per utförd timme är högre än budgeterat. Andelen av arbetstiden som utförs hos kund är lägre än målvärdet i flera grupper, och sjukfrånvaron är hög i de största grupperna.

                Fler kunder väljer hemtjänst i egen regi, vilket minskar nämndens köp av hemtjänst från externa utförare men ökar personalkostnaderna i egen regi. Åtgärdsplanen för hemtjänsten, med målvärden för utförd tid hos kund och fler fast anställda i stället för timvikarier, började gälla under våren och väntas ge full effekt först under 2026.

                ### Särskilt boende och korttidsboende

                Särskilt boende prognostiserar en negativ avvikelse om 5,1 mkr. Avvikelsen beror på att nämnden betalar hyra för både Lindbacken och Solgården fram till oktober och på kostnader för introduktion av personal när Lindbacken öppnade. Korttidsboendet prognostiserar en negativ avvikelse om 3,1 mkr till följd av hög beläggning och de tillfälliga platser som öppnades under sommaren.

                ### Hälso- och sjukvård

                Hälso- och sjukvården prognostiserar en negativ avvikelse om 5,9 mkr. Den största delen avser inhyrda sjuksköterskor under sommaren. Verksamheten har påbörjat en översyn av bemanningen för att minska behovet av inhyrd personal, se avsnitt 6.2.

                ### LSS boende

                LSS boende prognostiserar en negativ avvikelse om 11,4 mkr. Prognosen pekar på 121 årsplaceringar, medan budgeten bygger på 118. Volymökningen förklarar 2,8 mkr av avvikelsen. Resterande 8,6 mkr beror främst på två kunder med omfattande behov som kräver dubbelbemanning dygnet runt, och på tillfälliga lösningar med högre bemanning i väntan på att gruppbostaden Ekbacken blir klar.

                ### LSS personlig assistans

                Personlig assistans prognostiserar en negativ avvikelse om 3,3 mkr. Av underskottet avser 1,1 mkr assistans i egen regi och 2,2 mkr assistans som utförs av externa anordnare, där kommunen betalar för de första 20 timmarna per vecka. Antalet kunder med extern anordnare har ökat under året. Underskottet i egen regi är något lägre än när handlingsplanen beslutades, vilket visar att åtgärderna har börjat ge effekt.

                ### Köp av verksamhet

                Prognosen för köp av verksamhet visar ett överskott om 13,5 mkr. Köpta platser visar ett överskott om 6,0 mkr, eftersom prognosen pekar på 52 årsplaceringar mot budgeterade 56. Flera placeringar har avslutats under året, bland annat genom att två personer har flyttat hem till verksamhet i egen regi. Köpen av hemtjänst från externa utförare är också lägre än budgeterat.

                ### Intäkter

                Taxor och avgifter väntas bli 2,5 mkr högre än budgeterat, främst genom att fler kunder har hemtjänst. Bidragen väntas bli 4,3 mkr lägre än budgeterat, eftersom riktade statsbidrag har beviljats med lägre belopp än vad som antogs i budgeten.

                ### Lokalhyror och övriga driftskostnader

                Prognosen för lokalhyror visar en negativ avvikelse om 3,2 mkr, som främst förklaras av de dubbla hyrorna för Lindbacken och Solgården. Övriga driftskostnader väntas överstiga budget med 6,8 mkr. Avvikelsen avser inhyrd personal inom hälso- och sjukvården, inventarier till Lindbacken som understiger beloppsgränsen för investeringar samt högre kostnader för livsmedel och licenser till det nya planeringssystemet.
                """);
        t.put("atgarder-for-budget-i-balans", """
                Nämnden har under året beslutat om två planer med åtgärder för en ekonomi i balans. Effekterna av åtgärderna är inräknade i helårsprognosen i den mån de bedöms uppnås under 2025.

                ### Ekonomisk handlingsplan för personlig assistans

                Nämnden beslutade den 18 mars om en ekonomisk handlingsplan för personlig assistans i egen regi (dnr 2025.019 VON). Planen ska hantera ett underskott om 1,2 mkr och omfattar fyra åtgärder:

                - Endast verkställa beslutade timmar.
                - Fler timvikarier och minskad övertid.
                - Sänkta personalkostnader genom en lönepolicy vid nyanställning.
                - Effektivare arbetsplatsträffar genom samordning mellan personalgrupper.

                Verkställda timmar följs upp mot beslutade timmar varje månad. En uppföljning av handlingsplanen redovisas för nämnden i september.

                ### Åtgärdsplan inom vård- och omsorgsnämnden

                Nämnden beslutade den 22 april om en åtgärdsplan för hemtjänst, särskilt boende, kostenheten och hälso- och sjukvården (dnr 2025.048 VON). Åtgärdsplanen bygger på en modell för bemanningsutrymme, där varje enhets förväntade intäkter och kostnader omräknas till det antal årsarbetare som enheten har råd med. Planens sex åtgärder beräknas ge en effekt om 8,4 mkr på helårsbasis, varav 4,8 mkr under 2025.

                ### Övriga åtgärder

                - Alla rekryteringar prövas i förvaltningens ledningsgrupp innan de genomförs.
                - Inhyrd personal får endast användas efter beslut av avdelningschef.
                - Samtliga avtal om köpta platser ses över, och möjligheterna att ta hem fler placeringar till egen regi utreds.
                - Förvaltningen deltar i kommunens arbete med att ta fram en prislappsmodell, där kostnaden för varje verksamhet jämförs med andra kommuner.

                Sammantaget bedöms åtgärderna minska underskottet under kommande år, men de räcker inte för att nå en budget i balans 2025. Förvaltningen återkommer till nämnden med förslag till ytterligare åtgärder i samband med verksamhetsplanen för 2026.
                """);
        t.put("volymer", """
                Volymerna inom hemtjänst, LSS boende och köpta platser avviker från de volymer som ligger till grund för budgeten enligt resursfördelningsmodellen.

                - **Hemtjänst:** Prognosen visar 361 000 utförda timmar mot 352 000 timmar i budget. Ökningen beror på fler kunder med omfattande behov och på snabbare utskrivningar från slutenvården.
                - **LSS boende:** Prognosen pekar på 121 årsplaceringar mot 118 i budget. Tre nya kunder har fått bostad med särskild service under året.
                - **Köpta platser:** Prognosen pekar på 52 årsplaceringar mot 56 i budget. Flera placeringar har avslutats under året, bland annat genom att två personer har flyttat hem till verksamhet i egen regi. Planering pågår för att kunna ta hem fler personer under hösten.

                För särskilt boende, korttidsboende, daglig verksamhet och boendestöd är prognosen oförändrad mot budget. Kön till särskilt boende har dock ökat under sommaren, och beläggningen på Lindbacken har varit full sedan juni.
                """);
        t.put("externa-utforare", """
                Under perioden har förvaltningen följt upp samtliga externa utförare inom hemtjänst och ett urval av de anordnare av personlig assistans som nämnden köper tjänster av.

                - **Hemtjänst:** Avtalsuppföljning har genomförts hos samtliga fyra utförare inom valfrihetssystemet. Uppföljningen omfattade bemanning, dokumentation, avvikelsehantering och fakturering. En utförare hade brister i dokumentationen av genomförandeplaner och har lämnat en åtgärdsplan, som följs upp i november.
                - **Personlig assistans:** Tio anordnare har följts upp med fokus på tillstånd, kompetens och att utförd tid stämmer med beslut. Inga avvikelser har konstaterats.
                - **Köpta platser:** Varje placering följs upp individuellt minst en gång per år. Vid uppföljningarna under perioden har insatserna bedömts motsvara kundernas behov och avtalens krav.

                Kontrollen av fakturerad tid mot registrerad utförd tid har inte visat några felaktiga utbetalningar. Förvaltningen kommer att fortsätta med oanmälda uppföljningsbesök under hösten.
                """);
        t.put("investeringar", """
                Nämndens investeringsbudget för 2025 är {investeringar budget utan tecken} och prognosen är {investeringar prognos utan tecken}, vilket ger en avvikelse om {investeringar avvikelse}.

                Investeringarna avser inventarier och möbler till Lindbacken, hjälpmedel som elrullstolar, lyftar och vårdsängar, ett nytt kallelsesystem för särskilt boende samt läkemedelsautomater och annan välfärdsteknik. Upphandlingen av kallelsesystemet har blivit försenad och installationen på två av boendena flyttas till 2026, vilket förklarar större delen av avvikelsen. Pilotprojektet med läkemedelsautomater har startat i mindre skala än planerat.
                """);
        t.put("forvantad-utveckling", """
                ### Ökade behov

                Antalet invånare över 80 år i Ekeby ökar med drygt fyra procent per år under de kommande fem åren. Det innebär ett växande behov av hemtjänst, särskilt boende och hälso- och sjukvård i hemmet. Även inom LSS ökar behoven, framför allt av bostad med särskild service för personer med omfattande behov. Resursfördelningsmodellen kompenserar för ökade volymer, men inte för att kunderna i genomsnitt har mer omfattande behov än tidigare.

                ### Kompetensförsörjning

                Konkurrensen om sjuksköterskor, undersköterskor och stödpedagoger kommer att öka. Förvaltningen möter utmaningen genom Lärcentrum, genom fler vägar in i yrket via vård- och omsorgscollege och genom att använda välfärdsteknik där den frigör tid för omsorg. Heltid som norm och en lägre sjukfrånvaro är avgörande för att behovet av vikarier ska minska.

                ### Ekonomi

                Nämndens ekonomi är i obalans, och en budget i balans kräver ett långsiktigt omställningsarbete. Åtgärdsplanen och handlingsplanen ger full effekt först under 2026. Förvaltningen behöver samtidigt fortsätta arbetet med att fastställa vad verksamheterna ska kosta i förhållande till kvalitet, genom prislappsmodellen och jämförelser med andra kommuner.

                ### Lokaler och digital infrastruktur

                Lokalförsörjningsplanen visar att ytterligare ett vård- och omsorgsboende och tre gruppbostäder behövs under den kommande tioårsperioden. Gruppbostaden Ekbacken blir klar under 2026. Den digitala infrastrukturen i boendena behöver byggas ut för att välfärdsteknik som sensorer och digital tillsyn ska kunna införas i större skala.

                ### Ny lagstiftning

                Den nya socialtjänstlagen ger ett tydligare förebyggande uppdrag. Hur lagen påverkar behovet av insatser och nämndens kostnader går ännu inte att bedöma. Regeringens arbete med en särskild lag om äldreomsorg kan på sikt påverka nämndens uppdrag.
                """);
        t.put("internkontroll", """
                Nämndens internkontrollplan för 2025 antogs i december 2024 och omfattar sex risker. Kontrollerna har genomförts enligt plan med ett undantag: kontrollen av behörigheter i verksamhetssystemet har skjutits upp till oktober.

                Två kontroller har genomförts utan avvikelse, två med mindre avvikelse och en med stor avvikelse. Den stora avvikelsen gäller risken att nämnden redovisar en negativ ekonomisk avvikelse. Åtgärder för att komma till rätta med den redovisas i avsnitt 6.2.
                """);
        return t;
    }

    /** One goal of the Mål sheet. */
    record Mal(String niva, String mal, String innebord, String bedomning, String text) {
    }

    static List<Mal> mal() {
        return List.of(
                new Mal("Kommunfullmäktige", "Trygghet och livskvalitet i alla skeden av livet", """
                        För vård- och omsorgsnämnden innebär målet att kommunens invånare ska kunna lita på att de får en god och sammanhållen vård och omsorg när behov uppstår. Insatserna ska vara rättssäkra, ges i rätt tid och utgå från individens behov och förmågor.
                        """, "Delvis uppfyllt", """
                        - dokumentera all handläggning inom äldreomsorgen enligt modellen Individens behov i centrum (IBIC), så att det går att följa om insatserna gör skillnad för den enskilde
                        - öppna vård- och omsorgsboendet Lindbacken med moderna lägenheter och gemensamma utemiljöer
                        - erbjuda digital tillsyn nattetid i hela kommunen.

                        Väntetiden till särskilt boende har ökat under sommaren, och resultatet av årets brukarundersökningar publiceras först i oktober. Målet bedöms därför som delvis uppfyllt.
                        """),
                new Mal("Kommunfullmäktige", "En attraktiv arbetsgivare med engagerade medarbetare", """
                        För vård- och omsorgsnämnden innebär målet ett nära ledarskap, en god arbetsmiljö och möjligheter till utveckling, så att medarbetare väljer att stanna och nya medarbetare söker sig till förvaltningen.
                        """, "Delvis uppfyllt", """
                        - erbjuda alla nya tillsvidareanställningar inom äldreomsorgen på heltid
                        - genomföra introduktion och grundutbildning för nyanställda och sommarvikarier i Lärcentrums regi
                        - dela de största hemtjänstgrupperna så att varje enhetschef har färre medarbetare.

                        Sjukfrånvaron har minskat jämfört med föregående år men ligger över målnivån inom hemtjänst och LSS-boende. Rekryteringen av sjuksköterskor är fortsatt svår.
                        """),
                new Mal("Kommunfullmäktige", "En hållbar ekonomi och ett effektivt resursutnyttjande", """
                        För vård- och omsorgsnämnden innebär målet att verksamheten bedrivs inom tilldelad budgetram och att resurserna används där de gör störst nytta för kunderna.
                        """, "Ej uppfyllt", """
                        Helårsprognosen visar en negativ avvikelse om 43,4 mkr mot budget. Nämnden har beslutat om en handlingsplan för personlig assistans och en åtgärdsplan för hemtjänst, särskilt boende, kostenheten och hälso- och sjukvården. Åtgärderna ger effekt under hösten men räcker inte för en budget i balans 2025. Se avsnitt 6.
                        """),
                new Mal("Kommunfullmäktige", "Ett klimatsmart och hållbart Ekeby", """
                        För vård- och omsorgsnämnden innebär målet att minska verksamhetens klimatpåverkan genom färre transporter, ett minskat matsvinn och en hållbar användning av material.
                        """, "Uppfyllt", """
                        - göra alla inköp åt kunder med hemtjänst digitalt, vilket har minskat antalet resor till butiker
                        - ersätta hemtjänstens sista fossildrivna bilar med elbilar
                        - minska matsvinnet i produktionsköken genom en ny beställningsrutin för boendena.
                        """),
                new Mal("Nämnd", "Mer effektiva och ändamålsenliga arbetssätt", """
                        Verksamheterna ska använda arbetstiden där den gör störst nytta för kunderna. Tekniska lösningar ska införas där de skapar ett mervärde för kunderna och gör det möjligt för medarbetarna att vara där de bäst behövs.
                        """, "Delvis uppfyllt", """
                        ### Förändringsarbete för mer effektiva arbetssätt

                        - Ett nytt planeringssystem med mobil dokumentation har införts i hemtjänsten.
                        - Målvärden för andelen utförd tid hos kund har tagits fram för varje hemtjänstgrupp.
                        - Samordnad bemanningsplanering med resurspass mellan enheterna har startat inom hemtjänst och särskilt boende.

                        ### Införande av ny teknik

                        - Digitala inköp och digital tillsyn nattetid används i hela kommunen.
                        - En pilot med läkemedelsautomater har startat i hemtjänstgrupp Norr.

                        Andelen utförd tid hos kund har ökat i tre av fyra hemtjänstgrupper men når ännu inte målvärdet.
                        """),
                new Mal("Nämnd", "Samordnade vård- och omsorgsprocesser", """
                        Målet omfattar samordning inom nämndens egna verksamheter och samverkan med regionen och andra aktörer, med fokus på:

                        - *utskrivning från slutenvård*
                        - *samordnad individuell plan*
                        - *teamarbete kring den enskilde.*
                        """, "Uppfyllt", """
                        Ett gemensamt utskrivningsteam med sjuksköterska, arbetsterapeut och biståndshandläggare har startat. Genomsnittstiden från att en patient är utskrivningsklar till att hen kommer hem har minskat jämfört med föregående år.

                        Rutinerna för samordnad individuell plan (SIP) har reviderats tillsammans med regionen, och fler planer upprättas nu innan patienten skrivs ut. Teamträffar kring kunder med omfattande behov hålls varje vecka på samtliga särskilda boenden.
                        """),
                new Mal("Nämnd", "Ökad självständighet genom förebyggande insatser och välfärdsteknik", """
                        Genom rehabiliterande och förebyggande insatser och genom välfärdsteknik ska kunderna kunna leva ett så självständigt liv som möjligt, och behovet av mer omfattande insatser ska kunna skjutas upp.
                        """, "Uppfyllt", """
                        - Alla nya kunder i hemtjänsten erbjuds vardagsrehabilitering under de första veckorna.
                        - Förebyggande hembesök har erbjudits alla som fyller 80 år under året.
                        - Digitalt boendestöd erbjuds nu alla kunder som vill ha det.
                        - Träffpunkterna för äldre har haft fler besökare än under föregående år.
                        """),
                new Mal("Nämnd", "Ekonomi i balans", """
                        Nämnden ska inte redovisa en negativ avvikelse mot tilldelad budgetram vid utgången av 2025.
                        """, "Ej uppfyllt", """
                        Helårsprognosen visar en negativ avvikelse om 43,4 mkr. Den största avvikelsen avser personalkostnaderna, som väntas överstiga budget med 47,2 mkr. Se vidare avsnitt 6.1 och 6.2 om åtgärderna för en budget i balans.
                        """));
    }

    /** One row of the Uppdrag sheet. */
    record Uppdrag(String typ, String namn, String uppfoljning) {
    }

    static List<Uppdrag> uppdrag() {
        return List.of(
                new Uppdrag("Satsning", "Heltid som norm", """
                        Alla nya tillsvidareanställningar inom äldreomsorgen erbjuds på heltid, och andelen medarbetare som arbetar heltid har ökat under perioden. Resurspass gör det möjligt att använda heltidstjänster i flera enheter. Heltid som norm ställer höga krav på schemaläggningen, och förvaltningen följer särskilt hur övertid och behovet av vikarier påverkas.
                        """),
                new Uppdrag("Satsning", "Välfärdsteknik i hemtjänst och särskilt boende", """
                        Satsningen har finansierat digital tillsyn nattetid, digitala inköp i hemtjänsten och en pilot med läkemedelsautomater. Bristen på trådlöst nätverk i flera boenden begränsar möjligheten att införa sensorer. Se även avsnitt 4.
                        """),
                new Uppdrag("Satsning", "Förebyggande insatser för äldre", """
                        Förebyggande hembesök har erbjudits alla som fyller 80 år under året, och träffpunkterna för äldre har utökat sina öppettider. Vardagsrehabilitering erbjuds alla nya kunder i hemtjänsten.
                        """),
                new Uppdrag("Uppdrag", "Effektiviseringskrav på nämnderna", """
                        Nämndens budget för 2025 innehåller ett effektiviseringskrav om en procent. Kravet hanteras genom åtgärdsplanen och handlingsplanen för personlig assistans. Effekterna är inräknade i helårsprognosen men räcker inte för att nå en budget i balans. Se avsnitt 6.2.
                        """),
                new Uppdrag("Uppdrag", "Långsiktig lokalförsörjningsplan för vård- och omsorgsboenden och LSS-bostäder", """
                        En reviderad lokalförsörjningsplan för perioden 2026–2035 har tagits fram tillsammans med samhällsbyggnadsförvaltningen. Planen behandlas av nämnden i oktober.
                        """));
    }

    /** One row of the Internkontroll sheet. */
    record Kontroll(String risk, String beskrivning, String kontroll, String resultat, String kommentar) {
    }

    static List<Kontroll> internkontroll() {
        return List.of(
                new Kontroll("Risk för bristande beslutsunderlag", """
                        Det finns en risk att prognoser och ekonomiska analyser som ligger till grund för beslut om åtgärder inte stämmer med det faktiska utfallet. Det kan leda till felaktiga beslut med konsekvenser för kunder och medarbetare.
                        """, "Månatlig jämförelse av prognos mot faktiskt utfall per verksamhet.", "Mindre avvikelse", """
                        Prognossäkerheten har förbättrats jämfört med föregående år. Prognosen för hemtjänsten underskattade dock personalkostnaderna under våren, vilket har rättats i prognosen per augusti. Månatliga prognosmöten mellan enhetschefer och controller har införts.
                        """),
                new Kontroll("Risk för att nämnden redovisar en negativ ekonomisk avvikelse", """
                        Ökade behov, höga personalkostnader och svårigheter att anpassa verksamheten kan leda till att nämnden inte håller sin budgetram.
                        """, "Uppföljning av nämndens ekonomiska avvikelse vid varje månadsuppföljning.", "Stor avvikelse", """
                        Helårsprognosen visar en negativ avvikelse om 43,4 mkr. Åtgärder pågår enligt handlingsplanen för personlig assistans och åtgärdsplanen, se avsnitt 6.2.
                        """),
                new Kontroll("Risk för felaktiga utbetalningar till externa utförare", """
                        Det finns en risk att ersättning betalas ut för insatser som inte har utförts eller som saknar beslut. Det innebär att skattemedel används felaktigt och i värsta fall att kommunen utsätts för välfärdsbrott.
                        """, "Stickprov av 40 fakturor från externa utförare inom hemtjänst och personlig assistans, jämförda med beslut och registrerad utförd tid.", "Utan avvikelse", """
                        Samtliga granskade fakturor stämde med beslut och registrerad tid. Kontrollen upprepas under hösten med inriktning på personlig assistans.
                        """),
                new Kontroll("Risk för ökad sjukfrånvaro", """
                        Omställning, nya arbetssätt och hög arbetsbelastning kan leda till oro hos medarbetarna och till ökad sjukfrånvaro.
                        """, "Månatlig uppföljning av sjukfrånvaron per enhet och avdelning.", "Mindre avvikelse", """
                        Sjukfrånvaron är lägre än under samma period föregående år men ligger över målnivån inom hemtjänst och LSS-boende. Korttidsfrånvaron ökade under sommaren. Enheter med hög frånvaro får stöd av HR i arbetet med tidiga rehabiliteringsinsatser.
                        """),
                new Kontroll("Risk för brister i läkemedelshanteringen", """
                        Brister i läkemedelshanteringen kan leda till vårdskador.
                        """, "Granskning av avvikelserapporter och egenkontroll av läkemedelsförråd på samtliga särskilda boenden.", "Utan avvikelse", """
                        Egenkontrollerna har genomförts på samtliga boenden enligt plan. Medicinskt ansvarig sjuksköterska har inte funnit några brister som kräver åtgärder utöver de förbättringar av rutinerna som redan pågår.
                        """),
                new Kontroll("Risk för obehörig åtkomst till personuppgifter", """
                        Felaktigt tilldelade behörigheter i verksamhetssystemet kan leda till att medarbetare får tillgång till uppgifter som de inte behöver i sitt arbete, vilket är ett intrång i kundernas integritet.
                        """, "Logguppföljning och granskning av behörigheter i verksamhetssystemet.", "Ej genomförd", """
                        Kontrollen har skjutits upp till oktober, eftersom bytet av planeringssystem i hemtjänsten har krävt en ny struktur för behörigheter. Resultatet redovisas i årsredovisningen.
                        """));
    }
}
