<#ftl output_format="XML" strip_whitespace=true>
<#import "lib/rapportverk.ftl" as r>
<#-- Kontrollrapport: every check with its cells, values, difference and verdict; and the provenance
     of every figure of every table. For auditors; written by generate --report and check --report. -->
<document title="${doc.title}" subject="${doc.subject}" author="${doc.author}" keywords="${doc.keywords}"
          header="${doc.header}" footer="${doc.footer}" date="${doc.date}" lang="sv-SE">

<h1 numbered="false" toc="false">Kontrollrapport</h1>
<fields layout="lines">
  <field label="Arbetsbok">${arbetsbok.fil}</field>
  <field label="SHA-256">${arbetsbok.sha256}</field>
  <field label="Kommun">${rapport.kommun}</field>
  <field label="Nämnd">${rapport.namnd}</field>
  <field label="År">${rapport.ar}</field>
  <field label="Beloppsenhet">${arbetsbok.enhet}</field>
  <field label="Rapportverk">${version}</field>
  <#if dokument?has_content><field label="Dokument">${dokument?join("; ")}</field></#if>
</fields>

<toc title="Innehåll" levels="2"/>

<h1>Sammanfattning</h1>
<p>Rapportverk räknar om varje tabell från arbetsbokens celler och jämför med det som står i arbetsboken.
Belopp anges i arbetsbokens enhet (${arbetsbok.enhet}). En avvikelse inom toleransen kan förklaras av avrundning:
en halv enhet av den sista decimal som används, gånger antalet värden som summerats.</p>
<table header-rows="1">
  <col align="left" width="0.6"/><col align="left" width="4"/><col align="right" width="1.3"/><col align="right" width="1.1"/><col align="right" width="1.1"/>
  <tr kind="header"><td>Nr</td><td>Kontroll</td><td>Jämförelser</td><td>Stämmer</td><td>Avviker</td></tr>
  <#list sammanfattning as s>
    <tr kind="body"><td>${s.nummer}</td><td>${s.titel}</td><td>${s.jamforelser}</td><td>${s.stammer}</td><td>${s.avviker}</td></tr>
  </#list>
</table>

<#if fel?has_content || varningar?has_content>
  <h1>Fel och varningar</h1>
  <#if fel?has_content>
    <h2>Fel</h2>
    <ul><#list fel as i><li><b>${i.plats}:</b> ${i.meddelande}</li></#list></ul>
  </#if>
  <#if varningar?has_content>
    <h2>Varningar</h2>
    <ul><#list varningar as i><li><b>${i.plats}:</b> ${i.meddelande}</li></#list></ul>
  </#if>
</#if>

<#if kontroller?has_content>
<h1>Kontroller</h1>
<#list kontroller as k>
  <h2>Kontroll ${k.nummer}: ${k.titel}</h2>
  <table header-rows="1">
    <col align="left" width="3.6"/><col align="right" width="1.3"/><col align="right" width="1.3"/><col align="right" width="1.2"/><col align="right" width="1"/><col align="left" width="1.3"/>
    <tr kind="header"><td>Jämförelse och celler</td><td>Angivet</td><td>Beräknat</td><td>Skillnad</td><td>Tolerans</td><td>Resultat</td></tr>
    <#list k.rader as c>
      <tr kind="body">
        <td><b>${c.vad}</b><br/>${c.plats}; ${c.celler}<#if !c.stammer><br/><i>${c.meddelande}</i></#if></td>
        <td>${c.angivet}</td><td>${c.beraknat}</td><td>${c.skillnad}</td><td>${c.tolerans}</td>
        <td><@r.assessment c.resultat/></td>
      </tr>
    </#list>
  </table>
</#list>
</#if>

<#if sparbarhet?has_content>
  <h1>Spårbarhet</h1>
  <p>Varje tal i dokumentens tabeller, med de celler i arbetsboken som det är läst eller beräknat från.</p>
  <#list sparbarhet as d>
    <h2>${d.titel}</h2>
    <p style="note">${d.filer}</p>
    <#list d.tabeller as t>
      <table caption="${t.namn}" header-rows="1">
        <col align="left" width="2.6"/><col align="left" width="2"/><col align="right" width="1.2"/><col align="left" width="2"/><col align="left" width="2.6"/>
        <tr kind="header"><td>Rad</td><td>Kolumn</td><td>Värde</td><td>Beräkning</td><td>Celler</td></tr>
        <#list t.rader as x>
          <tr kind="body"><td>${x.rad}</td><td>${x.kolumn}</td><td>${x.varde}</td><td>${x.hur}</td><td>${x.celler}</td></tr>
        </#list>
      </table>
    </#list>
  </#list>
</#if>
</document>
