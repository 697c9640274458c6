<#ftl output_format="XML" strip_whitespace=true>
<#import "lib/rapportverk.ftl" as r>
<#-- Handlingsplan (reference 002), åtgärdsplan (reference 001: actions grouped per Verksamhet, the
     Bemanning table) and the follow-up of a plan (Status, Utfall hittills, realised share). -->
<document title="${doc.title}" subject="${doc.subject}" author="${doc.author}" keywords="${doc.keywords}"
          header="${doc.header}" footer="${doc.footer}" date="${doc.date}" lang="sv-SE">

<titlepage kommun="${rapport.kommun}" title="${doc.title}" subtitle="${doc.subtitle}">
  <#if rapport.forvaltning??><line role="forvaltning">${rapport.forvaltning}</line></#if>
  <#if rapport.datum??><line role="datum">${rapport.datum}</line></#if>
  <#if rapport.diarienummer??><line role="diarienummer">Dnr ${rapport.diarienummer}</line></#if>
</titlepage>

<#if metadata?has_content>
  <fields layout="lines">
    <#list metadata as f><field label="${f.etikett}">${f.varde}</field></#list>
  </fields>
</#if>

<toc title="Innehåll" levels="2"/>

<@r.egna efter=""/>
<h1>Sammanfattning</h1>
<@r.text "sammanfattning"/>
<@r.table tabeller.sammanfattning "Åtgärder och deras ekonomiska effekt"/>
<#if tabeller.tackning??><@r.table tabeller.tackning "Täckning av underskottet"/></#if>
<@r.egna efter="sammanfattning"/>

<#if nyckeltal??>
  <h1>Nyckeltal</h1>
  <@r.text "nyckeltal"/>
  <#list nyckeltal as n>
    <h2>${n.namn}</h2>
    <#if n.mattenhet?? || n.riktning??>
      <p style="note"><#if n.mattenhet??>Måttenhet: ${n.mattenhet}. </#if><#if n.riktning??>${n.riktning}.</#if></p>
    </#if>
    <@r.table tabeller[n.tabell]/>
    <@r.chart diagram[n.diagram]/>
  </#list>
</#if>
<@r.egna efter="nyckeltal"/>

<#if tabeller.bemanning??>
  <h1>Bemanning</h1>
  <@r.text "bemanning"/>
  <@r.table tabeller.bemanning "Bemanningsutrymme per enhet"/>
</#if>
<@r.egna efter="bemanning"/>

<#if verksamheter??>
  <#list verksamheter as v>
    <h1>${v.namn}</h1>
    <#list v.atgarder as a><@action a 2/></#list>
  </#list>
<#else>
  <#list atgarder as a><@action a 1/></#list>
</#if>
<@r.egnaResten/>

</document>

<#-- One action, with its sub-sections one level below its own heading. -->
<#macro action a level>
  <#assign sub = level + 1>
  <h${level} cells="${a.cells!}">${a.namn}</h${level}>
  <#if a.ansvarig?? || a.startdatum?? || a.status??>
    <fields layout="lines">
      <#if a.ansvarig??><field label="Ansvarig">${a.ansvarig}</field></#if>
      <#if a.startdatum??><field label="Startdatum">${a.startdatum}</field></#if>
      <#if a.status??><field label="Status">${a.status}</field></#if>
    </fields>
  </#if>
  <#if a.beskrivning??>
    <h${sub} numbered="false">Beskrivning av åtgärd</h${sub}>
    <text>${a.beskrivning}</text>
  </#if>
  <#if a.mojligheter?has_content>
    <h${sub} numbered="false">Möjligheter</h${sub}>
    <ul><#list a.mojligheter as m><li>${m}</li></#list></ul>
  </#if>
  <#if a.risker?has_content>
    <h${sub} numbered="false">Risker</h${sub}>
    <ul><#list a.risker as m><li>${m}</li></#list></ul>
  </#if>
  <h${sub} numbered="false">Ekonomisk effekt</h${sub}>
  <ul>
    <#if a.effekt.timmar??>
      <li>${a.effekt.timmar.antal} × ${a.effekt.timmar.timmarPer} timmar = ${a.effekt.timmar.timmar} timmar per år<#if a.effekt.timmar.timkostnad??> à ${a.effekt.timmar.timkostnad}</#if></li>
    </#if>
    <#if a.effekt.helar??><li>Ekonomisk effekt helår: ${a.effekt.helar}</li></#if>
    <#if a.effekt.innevarande??><li>Ekonomisk effekt ${rapport.ar}: ${a.effekt.innevarande}<#if a.effekt.innevarandeHur??> (${a.effekt.innevarandeHur})</#if></li></#if>
    <#if a.effekt.text??><li>${a.effekt.text}</li></#if>
    <#if a.utfallHittills??><li>Utfall hittills: ${a.utfallHittills}<#if a.andel??>, ${a.andel} av effekten för ${rapport.ar}</#if></li></#if>
  </ul>
  <#if a.ekonomiskEffekt??><text>${a.ekonomiskEffekt}</text></#if>
  <#if a.uppfoljning??>
    <h${sub} numbered="false">Uppföljning</h${sub}>
    <text>${a.uppfoljning}</text>
  </#if>
</#macro>
