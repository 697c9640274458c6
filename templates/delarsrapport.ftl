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
  <@r.text "mal"/>
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
    <@economySummary ekonomi/>
  </#if>
  <#if tabeller.resultatrakning??><@r.table tabeller.resultatrakning "Resultaträkning"/></#if>
  <#if diagram.budgetMotPrognos??><@r.chart diagram.budgetMotPrognos/></#if>
  <#if tabeller.driftsredovisning??><@r.table tabeller.driftsredovisning "Driftsredovisning"/></#if>
  <#if diagram.avvikelsePerVerksamhet??><@r.chart diagram.avvikelsePerVerksamhet/></#if>
  <@r.egna efter="ekonomi-sammanfattning" level=2/>
  <@r.section key="ekonomisk-analys" heading="Ekonomisk analys" level=2/>
  <@r.section key="atgarder-for-budget-i-balans" heading="Åtgärder för budget i balans" level=2/>
  <#if tabeller.volymer?? || texter["volymer"]??>
    <h2>${(texter["volymer"].rubrik)!"Uppföljning volymer"}</h2>
    <#if volymgrupper??>
      <#list volymgrupper as g><@r.table tabeller[g.tabell] g.rubrik/></#list>
    <#elseif tabeller.volymer??><@r.table tabeller.volymer "Volymer i resursfördelningsmodellen"/></#if>
    <@r.text "volymer"/>
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
  <@r.section key="investeringar" heading="Kommentarer till investeringsredovisningen" level=3 numbered=false/>
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
  <p>${rapport.namndGenitiv} utfall för perioden ${period.text} är ${e.utfall} ${enhet}<#if e.avvikelsePeriod??><#if e.avvikelsePeriod.noll>, vilket är i nivå med budget för perioden<#else>, vilket motsvarar en avvikelse mot budget för perioden om ${e.avvikelsePeriod.belopp} ${enhet}</#if></#if>.<#if e.storstaPeriod??> Den enskilt största avvikelsen finns för ${e.storstaPeriod.post} och motsvarar ett <#if e.storstaPeriod.negativ>underskott<#else>överskott</#if> om ${e.storstaPeriod.belopp} ${enhet} i jämförelse med budget.</#if></p>
  <p>Helårsprognosen är ${e.prognos} ${enhet}<#if e.avvikelse.noll>, vilket är i nivå med budget<#else>, vilket motsvarar ett <#if e.avvikelse.negativ>underskott<#else>överskott</#if> om ${e.avvikelse.belopp} ${enhet} i jämförelse med budget</#if>.<#if e.storstaPrognos??> Den största avvikelsen i prognosen finns för ${e.storstaPrognos.post}, som väntas avvika med ${e.storstaPrognos.belopp} ${enhet} mot budget vid årets slut.</#if></p>
</#macro>
