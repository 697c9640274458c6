<#ftl output_format="XML" strip_whitespace=true>
<#import "lib/rapportverk.ftl" as r>
<#-- Tjänsteskrivelse (references 000 and 004): a letter to the nämnd, without numbered headings. -->
<document title="${doc.title}" subject="${doc.subject}" author="${doc.author}" keywords="${doc.keywords}"
          header="${doc.header}" footer="${doc.footer}" date="${doc.date}" lang="sv-SE">

<letterhead kommun="${rapport.kommun}" forvaltning="${rapport.forvaltning!}" title="TJÄNSTESKRIVELSE">
  <field label="Datum">${datum}</field>
  <#if rapport.diarienummer??><field label="Diarienummer">${rapport.diarienummer}</field></#if>
  <#if rapport.handlaggare??><field label="Handläggare">${rapport.handlaggare}</field></#if>
  <#if rapport.telefon??><field label="Telefon">${rapport.telefon}</field></#if>
  <#if rapport.ePost??><field label="E-post">${rapport.ePost}</field></#if>
</letterhead>

<p><b>${rapport.namnd}</b></p>

<h1 numbered="false">${doc.title}</h1>

<#if forslagForst><@proposals/></#if>

<@r.egna efter="" level=2 numbered=false/>
<@r.section key="sammanfattning" heading="Sammanfattning av ärendet" level=2 numbered=false/>
<@r.section key="arendebeskrivning" heading="Ärendebeskrivning" level=2 numbered=false/>
<@r.section key="forvaltningens-yttrande" heading="Förvaltningens yttrande" level=2 numbered=false/>

<#if texter["ekonomisk-bedomning"]?? || tabeller.flerarsoversikt??>
  <h2 numbered="false">${(texter["ekonomisk-bedomning"].rubrik)!"Ekonomisk bedömning"}</h2>
  <@r.text "ekonomisk-bedomning"/>
  <#if tabeller.flerarsoversikt??><@r.table tabeller.flerarsoversikt "Nettokostnad och resultat per år"/></#if>
</#if>
<@r.egna efter="ekonomisk-bedomning" level=2 numbered=false/>
<@r.egnaResten level=2 numbered=false/>

<#if beslutsunderlag?has_content>
  <h2 numbered="false">Beslutsunderlag</h2>
  <ul><#list beslutsunderlag as b><li>${b}</li></#list></ul>
</#if>

<#if !forslagForst><@proposals/></#if>

<#if underskrifter?has_content>
  <signatures><#list underskrifter as s><signature name="${s.namn}" title="${s.titel}"/></#list></signatures>
</#if>

<#if skickasTill?has_content>
  <h2 numbered="false">Beslutet skickas till</h2>
  <ul><#list skickasTill as s><li>${s}</li></#list></ul>
</#if>

</document>

<#-- Förslag till beslut, numbered: first under the ärende or after the texts (Rapport!Förslag till beslut). -->
<#macro proposals>
  <#if forslag?has_content>
    <h2 numbered="false">Förslag till beslut</h2>
    <p>Förslag till beslut i ${rapport.namnd?lower_case}:</p>
    <ol><#list forslag as f><li>${f}</li></#list></ol>
  </#if>
</#macro>
