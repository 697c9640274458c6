<#ftl output_format="XML" strip_whitespace=true>
<#--
  Shared macros of the Rapportverk templates. They write the document vocabulary described in
  templates/README.md. Every ${...} is XML-escaped: text from the workbook stays text.
-->

<#-- A section from the Texter sheet: its heading (the sheet's Rubrik, else the default) and text,
     which passes on the Text cells it was read from (cells). Nothing is written when the workbook
     lacks the text. The sections of the user's own that follow it in the Texter sheet come after it. -->
<#macro section key heading level=1 numbered=true>
  <#if texter[key]??>
    <h${level} numbered="${numbered?c}">${texter[key].rubrik!heading}</h${level}>
    <#if texter[key].text?has_content><text cells="${texter[key].cells!}">${texter[key].text}</text></#if>
  </#if>
  <@egna efter=key level=level numbered=numbered/>
</#macro>

<#-- The sections of the user's own (a Texter row with a key of its own and a Rubrik) that stand after
     the section of the key "efter": the Texter rows above them have that key last among this
     document's keys (efter="" for the sections above every one of them). They take the level and
     the numbering of the section they follow. -->
<#macro egna efter level=1 numbered=true>
  <#list egnaAvsnitt![] as e>
    <#if e.efter == efter && !(egnaSkrivna![])?seq_contains(e.id)>
      <#global egnaSkrivna = (egnaSkrivna![]) + [e.id]>
      <h${level} numbered="${numbered?c}" cells="${e.cells}">${e.rubrik}</h${level}>
      <#if e.text?has_content><text cells="${e.cells}">${e.text}</text></#if>
    </#if>
  </#list>
</#macro>

<#-- The sections of the user's own that no "egna" above has written (a template without a place for
     their key): last in the document, so that no text of the workbook is left out. -->
<#macro egnaResten level=1 numbered=true>
  <#list egnaAvsnitt![] as e>
    <#if !(egnaSkrivna![])?seq_contains(e.id)>
      <#global egnaSkrivna = (egnaSkrivna![]) + [e.id]>
      <h${level} numbered="${numbered?c}" cells="${e.cells}">${e.rubrik}</h${level}>
      <#if e.text?has_content><text cells="${e.cells}">${e.text}</text></#if>
    </#if>
  </#list>
</#macro>

<#-- Only the text of a section, when given. -->
<#macro text key>
  <#if texter[key]?? && texter[key].text?has_content><text cells="${texter[key].cells!}">${texter[key].text}</text></#if>
</#macro>

<#-- A calculated table (see FigureTable.toModel): numbers arrive formatted. When its printed
     figures do not add up to its printed totals (each is rounded on its own), the rounding note
     follows it. Each cell passes on the workbook cells it shows (cells), so that a warning about
     one of them stands beside it in the Word file. -->
<#macro table t caption="">
  <table caption="${caption}" header-rows="${t.headerRows}">
    <#list t.columns as c><col align="${c.align}" width="${c.width}"/></#list>
    <#list t.rows as row>
      <tr kind="${row.kind}"><#list row.cells as cell><td<#if cell.cells??> cells="${cell.cells}"</#if>><#if cell.color??><span color="${cell.color}">${cell.symbol}</span> </#if>${cell.text}</td></#list></tr>
    </#list>
  </table>
  <#if t.avrundning??><p style="note">${t.avrundning}</p></#if>
</#macro>

<#-- An assessment: the coloured symbol and its words. -->
<#macro assessment a><span color="${a.farg}">${a.symbol}</span> ${a.ord}</#macro>

<#-- A paragraph (or list) Rapportverk drafted from the figures because the workbook gives no text of
     its own. Every drafted paragraph stands inside this macro, so that one place can mark it: each
     paragraph and list inside carries the Word comment utkast.kommentar ("Utkast skrivet av
     Rapportverk utifrån siffrorna; granska texten."). The PDF shows no mark. -->
<#macro drafted><drafted remark="${utkast.kommentar}"><#nested></drafted></#macro>

<#-- Items joined as running text: "a", "a och b", "a, b och c". -->
<#function joined items>
  <#local s = "">
  <#list items as i>
    <#local s = s + i>
    <#if i?has_next><#local s = s + (i?index == items?size - 2)?then(" och ", ", ")></#if>
  </#list>
  <#return s>
</#function>

<#-- A chart (see FigureChart.toModel): the figures as the tables print them, drawn by Rapportverk
     (vector graphics in the PDF, a Word chart with its data in the DOCX). A chart whose figures no
     table shows has a note that lists them; it follows the chart. Both pass on the workbook cells
     the chart shows (cells): a warning about one goes on the table or note that prints it. -->
<#macro chart d>
  <chart kind="${d.kind}" caption="${d.caption}" alt="${d.alt}" size="${d.size}"<#if d.cells??> cells="${d.cells}"</#if>>
    <#list d.categories as k><category>${k}</category></#list>
    <#list d.series as s>
      <series name="${s.name}" style="${s.style}"><#list s.values as v><value<#if v.n??> n="${v.n}"</#if><#if v.color??> color="${v.color}"</#if>>${v.text}</value></#list></series>
    </#list>
  </chart>
  <#if d.note??><p style="note"<#if d.cells??> cells="${d.cells}"</#if>>${d.note}</p></#if>
</#macro>
