<#ftl output_format="XML" strip_whitespace=true>
<#import "lib/rapportverk.ftl" as r>
<#-- Delårsrapport (dokument.md; reference 003). Sections without data are left out and the
     numbering closes up: headings are numbered by Rapportverk, never here. -->
<document title="${doc.title}" subject="${doc.subject}" author="${doc.author}" keywords="${doc.keywords}"
          header="${doc.header}" footer="${doc.footer}" date="${doc.date}" lang="sv-SE">

<titlepage kommun="${rapport.kommun}" title="${doc.title}" subtitle="${rapport.namnd}">
  <#if rapport.forvaltning??><line role="forvaltning">${rapport.forvaltning}</line></#if>
  <#if rapport.datum??><line role="datum">${rapport.datum}</line></#if>
  <#if rapport.diarienummer??><line role="diarienummer">Dnr ${rapport.diarienummer}</line></#if>
</titlepage>

<toc title="Innehållsförteckning" levels="2"/>

<@r.egna efter=""/>
<@r.section key="sammanfattning" heading="Sammanfattning"/>
<@r.section key="uppdrag-och-ansvar" heading="Uppdrag och ansvar"/>
<@r.section key="vasentliga-handelser" heading="Väsentliga händelser"/>

<#-- 4 Uppföljning av mål -->
<#if mal??>
  <h1>${(texter["mal"].rubrik)!"Uppföljning av mål"}</h1>
  <#if texter["mal"]??><@r.text "mal"/><#elseif malanalys??><@goalSummary malanalys/></#if>
  <#if tabeller.malsammanstallning??>
    <@r.table tabeller.malsammanstallning "Sammanställning av måluppfyllelsen vid delåret"/>
  </#if>
  <#if diagram.malbedomning??><@r.chart diagram.malbedomning/></#if>
  <@r.egna efter="mal" level=2/>
  <#if mal.kommunfullmaktige?has_content>
    <h2>${(texter["mal-kommunfullmaktige"].rubrik)!"Kommunfullmäktiges mål"}</h2>
    <@r.text "mal-kommunfullmaktige"/>
    <#list mal.kommunfullmaktige as g><@goal g/></#list>
  </#if>
  <@r.egna efter="mal-kommunfullmaktige" level=2/>
  <#if mal.namnd?has_content>
    <h2>${(texter["mal-namnd"].rubrik)!"Nämndens mål"}</h2>
    <@r.text "mal-namnd"/>
    <#list mal.namnd as g><@goal g/></#list>
  </#if>
  <@r.egna efter="mal-namnd" level=2/>
</#if>
<@r.egna efter="mal"/>
<@r.egna efter="mal-kommunfullmaktige"/>
<@r.egna efter="mal-namnd"/>

<#-- 5 Uppföljning av riktade satsningar och uppdrag -->
<#if uppdrag?? && (uppdrag.satsningar?has_content || uppdrag.uppdrag?has_content)>
  <h1>Uppföljning av riktade satsningar och uppdrag</h1>
  <h2>Satsningar och uppdrag från kommunfullmäktige</h2>
  <#if uppdrag.satsningar?has_content>
    <@assignments uppdrag.satsningar "Särskilda satsningar i kommunfullmäktiges årsplan" "Uppföljning av satsning"/>
  </#if>
  <#if uppdrag.uppdrag?has_content>
    <@assignments uppdrag.uppdrag "Uppdrag i kommunfullmäktiges årsplan" "Uppföljning av uppdrag"/>
  </#if>
</#if>

<#-- 6 Uppföljning ekonomi -->
<#if tabeller.resultatrakning?? || tabeller.driftsredovisning?? || texter["ekonomisk-analys"]??
     || texter["atgarder-for-budget-i-balans"]?? || tabeller.volymer??>
  <h1>Uppföljning ekonomi</h1>
  <#if texter["ekonomi-sammanfattning"]??>
    <h2 numbered="false" toc="false">${texter["ekonomi-sammanfattning"].rubrik!"Sammanfattning"}</h2>
    <text cells="${texter["ekonomi-sammanfattning"].cells!}">${texter["ekonomi-sammanfattning"].text}</text>
  <#elseif ekonomi??>
    <h2 numbered="false" toc="false">Sammanfattning</h2>
    <@r.drafted><@economySummary ekonomi/></@r.drafted>
  </#if>
  <#if tabeller.resultatrakning??><@r.table tabeller.resultatrakning "Resultaträkning"/></#if>
  <#if diagram.budgetMotPrognos??><@r.chart diagram.budgetMotPrognos/></#if>
  <#-- With Månadsutfall: the cumulative outcome by month, its figures in the table beneath it. -->
  <#if diagram.ackumuleratUtfall??>
    <@r.chart diagram.ackumuleratUtfall/>
    <@r.table tabeller.manadsutfall "Ackumulerat utfall per månad"/>
  </#if>
  <#if tabeller.driftsredovisning??><@r.table tabeller.driftsredovisning "Driftsredovisning"/></#if>
  <#if diagram.avvikelsePerVerksamhet??><@r.chart diagram.avvikelsePerVerksamhet/></#if>
  <@r.egna efter="ekonomi-sammanfattning" level=2/>
  <#if texter["ekonomisk-analys"]??>
    <@r.section key="ekonomisk-analys" heading="Ekonomisk analys" level=2/>
  <#elseif analys??>
    <h2>Ekonomisk analys</h2>
    <@r.drafted><@largestDeviations analys/></@r.drafted>
  </#if>
  <@r.section key="atgarder-for-budget-i-balans" heading="Åtgärder för budget i balans" level=2/>
  <#if tabeller.volymer?? || texter["volymer"]??>
    <h2>${(texter["volymer"].rubrik)!"Uppföljning volymer"}</h2>
    <#if volymgrupper??>
      <#list volymgrupper as g><@r.table tabeller[g.tabell] g.rubrik/></#list>
    <#elseif tabeller.volymer??><@r.table tabeller.volymer "Volymer i resursfördelningsmodellen"/></#if>
    <#if texter["volymer"]??><@r.text "volymer"/><#elseif volymanalys??><@r.drafted><@volumeSummary volymanalys/></@r.drafted></#if>
  </#if>
  <@r.egna efter="volymer" level=2/>
</#if>
<@r.egna efter="ekonomi-sammanfattning"/>
<@r.egna efter="ekonomisk-analys"/>
<@r.egna efter="atgarder-for-budget-i-balans"/>
<@r.egna efter="volymer"/>

<#-- 7 Uppföljning av väsentliga externa utförare -->
<#if tabeller.externaUtforare?? || texter["externa-utforare"]??>
  <h1>Uppföljning av väsentliga externa utförare</h1>
  <#if tabeller.externaUtforare??><@r.table tabeller.externaUtforare/></#if>
  <@r.section key="externa-utforare" heading="Sammanfattning av utförd uppföljning" level=2/>
</#if>
<@r.egna efter="externa-utforare"/>

<#-- 8 Investeringsredovisning -->
<#if tabeller.investeringar?? || texter["investeringar"]??>
  <h1>Investeringsredovisning</h1>
  <#if tabeller.investeringar??><@r.table tabeller.investeringar/></#if>
  <#if texter["investeringar"]??>
    <@r.section key="investeringar" heading="Kommentarer till investeringsredovisningen" level=3 numbered=false/>
  <#elseif investeringsanalys??>
    <h3 numbered="false">Kommentarer till investeringsredovisningen</h3>
    <@r.drafted><@investmentSummary investeringsanalys/></@r.drafted>
  </#if>
</#if>
<@r.egna efter="investeringar"/>

<@r.section key="forvantad-utveckling" heading="Förväntad utveckling"/>

<#-- 10 Internkontroll -->
<#if internkontroll?? || texter["internkontroll"]??>
  <h1>${(texter["internkontroll"].rubrik)!"Internkontroll"}</h1>
  <@r.text "internkontroll"/>
  <#if internkontroll?? && internkontroll?has_content>
    <table caption="Uppföljning av internkontrollplanen" header-rows="1">
      <col align="left" width="3.2"/><col align="left" width="2.2"/><col align="left" width="2"/><col align="left" width="3.6"/>
      <tr kind="header"><td>Risk</td><td>Kontroll</td><td>Resultat</td><td>Kommentar</td></tr>
      <#list internkontroll as k>
        <tr kind="body" cells="${k.cells!}">
          <td><b>${k.risk}</b><#if k.beskrivning??><br/><i>${k.beskrivning}</i></#if></td>
          <td>${k.kontroll}</td>
          <td><#if k.resultat??><@r.assessment k.resultat/><#else>${rapport.kontrollUtanResultat!}</#if></td>
          <td><text>${k.kommentar}</text></td>
        </tr>
      </#list>
    </table>
  </#if>
</#if>
<@r.egna efter="internkontroll"/>
<@r.egnaResten/>

<#-- Bilaga: Prognosunderlag, the forecast methods' figures beside the Prognos (check 7). -->
<#if tabeller.prognosunderlag?? && prognoser??>
  <pagebreak/>
  <h1 numbered="false" toc="true">Bilaga: Prognosunderlag</h1>
  <p>Tabellen ställer helårsprognosen för varje verksamhet och för nämnden som helhet mot vad mekaniska prognosmetoder ger utifrån utfallet för ${period.text}. Metoderna är ett stöd för bedömningen och ersätter inte förvaltningens egen prognos.</p>
  <ul>
    <li><b>Linjär prognos:</b> periodens utfall delat med periodens ${prognoser.manader} månader, gånger årets tolv månader.</li>
    <#if prognoser.sasong><li><b>Säsongsprognos:</b> periodens utfall gånger bokslutet föregående år, delat med utfallet för samma period föregående år.</li></#if>
    <#if prognoser.trend><li><b>Trendprognos:</b> en rät linje anpassad till månadernas utfall med minsta kvadratmetoden, förlängd till december och lagd till periodens utfall, med ett ${prognoser.konfidens}-procentigt prognosintervall (lägst och högst).</li></#if>
  </ul>
  <p>Prognosen står som <i>Avviker</i> när den ligger utanför trendens prognosintervall eller skiljer sig från varje metod med mer än ${prognoser.andelAvBudget} av verksamhetens budget (dock minst ${prognoser.andelAvNamndensBudget} av nämndens budget) eller, för nämnden som helhet, ${prognoser.andelForNamnden} av nämndens budget.<#if prognoser.avviker?has_content> Det gäller ${r.joined(prognoser.avviker)}.</#if><#if !prognoser.allaRader> Driftsredovisningen har ${prognoser.rader} rader; <#if prognoser.ingenAvviker>ingen av dem avviker, och tabellen visar nämnden som helhet.<#else>tabellen visar de ${prognoser.antalAvviker} vars prognos avviker och nämnden som helhet.</#if></#if></p>
  <@r.table tabeller.prognosunderlag "Prognosunderlag"/>
  <#if tabeller.prognostrend??><@r.table tabeller.prognostrend "Trendprognos med prognosintervall"/></#if>
</#if>

</document>

<#-- One goal: its description, what it means for the nämnd, the assessment as symbol and words,
     and how the nämnd contributed. The lead-ins ("För nämnden innebär det:", "Till delåret har
     nämnden bidragit genom att:") stand only with an Innebörd, as in the reference's 4.1; a goal
     without one (4.2) has its text straight after the assessment. -->
<#macro goal g>
  <h3 cells="${g.cells!}">${g.mal}</h3>
  <#if g.beskrivning??><text>${g.beskrivning}</text></#if>
  <#if g.innebord??>
    <p><b>För nämnden innebär det:</b></p>
    <text>${g.innebord}</text>
  </#if>
  <p><b>Bedömning av måluppfyllelsen vid delåret:</b> <@r.assessment g.bedomning/></p>
  <#if g.text??>
    <#if g.innebord??><p><b>Till delåret har nämnden bidragit genom att:</b></p></#if>
    <text>${g.text}</text>
  </#if>
</#macro>

<#macro assignments rows first second>
  <table header-rows="1">
    <col align="left" width="2"/><col align="left" width="5"/>
    <tr kind="header"><td>${first}</td><td>${second}</td></tr>
    <#list rows as u><tr kind="body" cells="${u.cells!}"><td>${u.namn}</td><td><text>${u.uppfoljning}</text></td></tr></#list>
  </table>
</#macro>

<#-- The summary paragraph of §6, drafted from calculated figures only. -->
<#macro economySummary e>
  <p>${rapport.namndGenitiv} utfall för perioden ${period.text} är ${e.utfall} ${enhet}<#if e.avvikelsePeriod??><#if e.avvikelsePeriod.noll>, vilket är i nivå med budget för perioden<#else>, vilket motsvarar en avvikelse mot budget för perioden om ${e.avvikelsePeriod.belopp} ${enhet}</#if></#if>.<#if e.storstaPeriod??> Den enskilt största avvikelsen finns för ${e.storstaPeriod.post} och motsvarar ett <#if e.storstaPeriod.negativ>underskott<#else>överskott</#if> om ${e.storstaPeriod.storlek} ${enhet} i jämförelse med budget.</#if></p>
  <p>Helårsprognosen är ${e.prognos} ${enhet}<#if e.avvikelse.noll>, vilket är i nivå med budget<#else>, vilket motsvarar ett <#if e.avvikelse.negativ>underskott<#else>överskott</#if> om ${e.avvikelse.storlek} ${enhet} i jämförelse med budget</#if>.<#if e.storstaPrognos??> Den största avvikelsen i prognosen finns för ${e.storstaPrognos.post}, som väntas avvika med ${e.storstaPrognos.belopp} ${enhet} mot budget vid årets slut.</#if></p>
</#macro>

<#-- Drafted where Texter has no ekonomisk-analys: the verksamheter with the largest negative avvikelse. -->
<#macro largestDeviations a>
  <#if a.verksamheter?size == 1><#assign v = a.verksamheter[0]>
  <p>Den största negativa avvikelsen i helårsprognosen mot budget finns inom ${v.namn}, ${v.belopp}<#if a.andelar>, vilket är ${v.andel} av nämndens avvikelse om ${a.totalt}</#if>.<#if a.storstaOverskott??> Det största överskottet finns inom ${a.storstaOverskott.namn}, ${a.storstaOverskott.belopp}.</#if></p>
  <#else>
  <p>De ${a.antal} största negativa avvikelserna i helårsprognosen mot budget finns inom <#list a.verksamheter as v>${v.namn} (${v.belopp}<#if a.andelar>, ${v.andel}</#if>)<#if v?has_next><#if v?index == a.verksamheter?size - 2> och <#else>, </#if></#if></#list>.<#if a.andelar> Andelarna är av nämndens avvikelse om ${a.totalt}.</#if><#if a.storstaOverskott??> Det största överskottet finns inom ${a.storstaOverskott.namn}, ${a.storstaOverskott.belopp}.</#if></p>
  </#if>
</#macro>

<#-- Drafted where Texter has no volymer text: each volume that differs from the budget, and those that do not. -->
<#macro volumeSummary va>
  <#if va.avvikande?has_content>
    <ul><#list va.avvikande as v><li><b>${v.verksamhet}</b><#if v.enhet??> (${v.enhet})</#if>: prognosen är ${v.prognos} mot ${v.budget} i budget, ${v.skillnad} <#if v.fler>fler<#else>färre</#if> än budgeterat<#if v.belopp??>, vilket motsvarar en avvikelse utifrån volym om ${v.belopp}</#if>.</li></#list></ul>
  </#if>
  <#if va.oforandrade?has_content><p>För ${r.joined(va.oforandrade)} är volymprognosen oförändrad mot budget.</p></#if>
</#macro>

<#-- Drafted where Texter has no investeringar text. -->
<#macro investmentSummary ia>
  <p>Investeringsbudgeten för ${ia.ar} uppgår till ${ia.budget} och helårsprognosen till ${ia.prognos}<#if ia.iNivaMedBudget>, vilket är i nivå med budget<#else>, vilket ger en avvikelse mot budget om ${ia.avvikelse}</#if>.<#if ia.utfall??> Utfallet för ${period.text} är ${ia.utfall}<#if ia.andelAvBudget??>, vilket motsvarar ${ia.andelAvBudget} av årets budget</#if>.</#if><#if ia.storsta??> Den största avvikelsen finns för ${ia.storsta.projekt}, ${ia.storsta.belopp}.</#if></p>
</#macro>

<#-- Drafted where Texter has no mal text: the goals' assessments per level, counts in words. -->
<#macro goalSummary levels>
  <@r.drafted>
  <p><#list levels as n><#if n.bedomningar?has_content><#if n.ett>${n.vem?cap_first} mål bedöms vara ${n.bedomningar[0].ord}.<#else>Av ${n.vem} ${n.antal} mål bedöms <#list n.bedomningar as b>${b.antal}<#if b?is_first> vara</#if> ${b.ord}<#if b?has_next><#if b?index == n.bedomningar?size - 2> och <#else>, </#if></#if></#list>.</#if><#if n.ejBedomda??> ${n.ejBedomda?cap_first} mål har ännu inte bedömts.</#if><#else><#if n.ett>${n.vem?cap_first} mål har ännu inte bedömts.<#else>Inget av ${n.vem} ${n.antal} mål har bedömts ännu.</#if></#if><#if n?has_next> </#if></#list></p>
  </@r.drafted>
</#macro>
