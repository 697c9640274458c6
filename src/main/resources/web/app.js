// Rapportverk's page: the browser keeps the chosen workbook and posts it again for every check,
// preview and download; the server keeps nothing. Every text from the server is set as text, never
// as markup. No external resources.
"use strict";

(function () {
  const el = (id) => document.getElementById(id);
  const FORMAT_NAMES = { pdf: "PDF", docx: "Word (DOCX)", html: "HTML" };

  let workbook = null;        // the File the user chose
  let maxUploadBytes = 20 * 1024 * 1024;
  let busy = false;

  // ---- small helpers -------------------------------------------------------------------------

  function make(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + " byte";
    if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + " kB";
    return (bytes / (1024 * 1024)).toLocaleString("sv-SE", { maximumFractionDigits: 1 }) + " MB";
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function showStatus(text) {
    el("status").hidden = false;
    el("status-progress").hidden = false;
    el("status-text").textContent = text;
  }

  function doneStatus(text) {
    el("status").hidden = false;
    el("status-progress").hidden = true;
    el("status-text").textContent = text;
  }

  function showError(message, findings) {
    const box = el("felruta");
    box.replaceChildren();
    box.append(make("p", { class: "felruta-rubrik" }, make("span", { class: "symbol", "aria-hidden": "true", text: "✖" }),
      " " + message));
    if (findings && findings.length) {
      box.append(findingTables(findings));
    }
    box.hidden = false;
  }

  // Only the server's and the page's own Swedish messages are shown; anything else the browser
  // throws (in its own words) becomes one Swedish sentence.
  function showFailure(e) {
    showError(e && e.swedish ? e.message
      : "Sidan kunde inte visa svaret från Rapportverk. Ladda om sidan och försök igen.", e && e.findings);
  }

  function clearError() {
    el("felruta").hidden = true;
    el("felruta").replaceChildren();
  }

  // Posts the workbook (and the options) and returns the response, or throws an Error with the
  // server's Swedish message (and its findings) when it answers with an error.
  async function post(url, extra) {
    const form = new FormData();
    form.append("arbetsbok", workbook, workbook.name);
    form.append("strikt", el("strikt").checked ? "true" : "false");
    for (const [k, v] of Object.entries(extra || {})) form.append(k, v);
    let response;
    try {
      response = await fetch(url, { method: "POST", body: form });
    } catch (e) {
      const err = new Error("Arbetsboken kunde inte skickas. Kontrollera att Rapportverk är igång (fönstret där "
        + "servern körs) och att filen inte har flyttats eller ändrats sedan den valdes; välj den annars igen.");
      err.swedish = true;
      throw err;
    }
    if (!response.ok) {
      let body = null;
      try { body = await response.json(); } catch (e) { body = null; }
      const err = new Error(body && body.message ? body.message
        : "Rapportverk kunde inte svara (HTTP-status " + response.status + ").");
      err.swedish = true;
      err.findings = body && body.findings ? body.findings : [];
      err.status = response.status;
      throw err;
    }
    return response;
  }

  function fileNameOf(response, fallback) {
    const cd = response.headers.get("Content-Disposition") || "";
    const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    if (star) return decodeURIComponent(star[1]);
    const plain = /filename="([^"]+)"/i.exec(cd);
    return plain ? plain[1] : fallback;
  }

  function setBusy(value) {
    busy = value;
    document.querySelectorAll("button[data-laddning], #kontrollera-igen, #ladda-zip, button[data-rapport]")
      .forEach((b) => { b.disabled = value; });
    el("fil").disabled = value;
  }

  // ---- choosing a workbook -------------------------------------------------------------------

  function choose(file) {
    if (busy || !file) return;
    clearError();
    if (!/\.xlsx$/i.test(file.name)) {
      showError("Filen " + file.name + " är ingen arbetsbok i Excels format .xlsx. Spara den som "
        + "Excel-arbetsbok (.xlsx) och välj den igen.");
      return;
    }
    if (file.size > maxUploadBytes) {
      showError("Filen " + file.name + " är " + size(file.size) + "; Rapportverk tar emot högst "
        + size(maxUploadBytes) + ".");
      return;
    }
    workbook = file;
    el("vald-namn").textContent = file.name;
    el("vald-storlek").textContent = "(" + size(file.size) + ")";
    el("vald").hidden = false;
    check();
  }

  function setUpDropZone() {
    const zone = el("slapp");
    // A file dropped beside the zone must not make the browser leave the page to show it.
    window.addEventListener("dragover", (e) => e.preventDefault());
    window.addEventListener("drop", (e) => e.preventDefault());
    zone.addEventListener("dragenter", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", (e) => {
      if (!zone.contains(e.relatedTarget)) zone.classList.remove("over");
    });
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      const files = e.dataTransfer ? e.dataTransfer.files : null;
      if (files && files.length) choose(files[0]);
    });
    el("fil").addEventListener("change", () => {
      const f = el("fil").files[0];
      el("fil").value = "";          // choosing the same file again runs the check again
      choose(f);
    });
    el("kontrollera-igen").addEventListener("click", () => { if (workbook) check(); });
    el("strikt").addEventListener("change", () => { if (workbook && !busy) check(); });
  }

  // ---- the check -----------------------------------------------------------------------------

  function placeParts(f) {
    if (f.sheet === null && f.cell === null) return ["Hela arbetsboken", "–"];
    return [f.sheet, f.cell === null ? "–" : f.cell];
  }

  function findingTable(findings, severity) {
    const isError = severity === "error";
    const list = findings.filter((f) => f.severity === severity);
    const group = make("div", { class: "fyndgrupp " + (isError ? "fel" : "varning") });
    const title = isError ? plural(list.length, "fel", "fel") : plural(list.length, "varning", "varningar");
    group.append(make("h3", {}, make("span", { class: "symbol", "aria-hidden": "true", text: isError ? "✖" : "⚠" }),
      " " + title.charAt(0).toUpperCase() + title.slice(1)));
    const table = make("table", { class: "fyndtabell" });
    table.append(make("caption", { class: "visuellt-dold", text: title.charAt(0).toUpperCase() + title.slice(1)
      + " med blad och cell" }));
    table.append(make("thead", {}, make("tr", {},
      make("th", { scope: "col", text: "Typ" }),
      make("th", { scope: "col", text: "Blad" }),
      make("th", { scope: "col", text: "Cell" }),
      make("th", { scope: "col", text: "Vad som är fel" }))));
    const body = make("tbody");
    for (const f of list) {
      const [sheet, cell] = placeParts(f);
      body.append(make("tr", { "data-allvar": f.severity, "data-plats": f.place },
        make("td", {}, make("span", { class: "markering " + (isError ? "fel" : "varning") },
          make("span", { "aria-hidden": "true", text: isError ? "✖ " : "⚠ " }), isError ? "Fel" : "Varning")),
        make("td", { class: "blad", text: sheet }),
        make("td", { class: "cell", text: cell }),
        make("td", { class: "meddelande", text: f.message })));
    }
    table.append(body);
    group.append(table);
    return group;
  }

  function findingTables(findings) {
    const wrap = make("div");
    if (findings.some((f) => f.severity === "error")) wrap.append(findingTable(findings, "error"));
    if (findings.some((f) => f.severity === "warning")) wrap.append(findingTable(findings, "warning"));
    return wrap;
  }

  function showCheck(result) {
    const summary = el("sammanfattning");
    summary.replaceChildren();
    summary.className = "sammanfattning " + (result.errors ? "fel" : result.warnings ? "varning" : "klar");
    let text;
    if (result.errors) {
      text = "Arbetsboken har " + plural(result.errors, "fel", "fel") + " som måste rättas innan dokumenten kan göras"
        + (result.warnings ? ", och " + plural(result.warnings, "varning", "varningar") : "") + ".";
    } else if (result.warnings) {
      text = "Arbetsboken går att göra dokument av, men har " + plural(result.warnings, "varning", "varningar")
        + ". Läs dem innan dokumenten används.";
    } else {
      text = "Arbetsboken är klar att göra dokument av: inga fel och inga varningar.";
    }
    summary.append(make("span", { class: "symbol", "aria-hidden": "true",
      text: result.errors ? "✖" : result.warnings ? "⚠" : "✔" }), " " + text);
    el("jamforelser").textContent = result.checks
      ? "Kontroller: " + plural(result.checks.total, "jämförelse", "jämförelser") + ", " + result.checks.passed
        + " stämmer, " + result.checks.failed + " avviker."
      : "";
    el("fynd").replaceChildren(findingTables(result.findings));
    el("kontroll").hidden = false;
  }

  async function check() {
    if (busy || !workbook) return;
    setBusy(true);
    clearError();
    el("kontroll").hidden = true;
    el("dokument").hidden = true;
    el("dokumentlista").replaceChildren();
    try {
      showStatus("Steg 1 av 2: kontrollerar " + workbook.name + " …");
      const result = await (await post("api/check")).json();
      showCheck(result);
      el("rubrik-kontroll").focus();
      if (result.ok && result.documents.length) {
        showStatus("Steg 2 av 2: gör förhandsvisningen av " + plural(result.documents.length, "dokument", "dokument")
          + " …");
        const preview = await (await post("api/preview")).json();
        showDocuments(preview);
        doneStatus("Klart: " + workbook.name + " är kontrollerad och " + plural(preview.documents.length,
          "dokument kan", "dokument kan") + " laddas ned.");
      } else {
        showDocumentsUnavailable(result);
        doneStatus("Klart: " + workbook.name + " är kontrollerad.");
      }
    } catch (e) {
      el("status").hidden = true;
      showFailure(e);
    } finally {
      setBusy(false);
    }
  }

  // ---- documents -----------------------------------------------------------------------------

  function showDocumentsUnavailable(result) {
    el("dokumentlista").replaceChildren();
    el("dokument-info").textContent = result.errors
      ? "Inga dokument kan göras förrän felen ovan är rättade. Kontrollrapporten visar varje kontroll."
      : "Arbetsboken har inga uppgifter för något dokument.";
    el("allt").hidden = true;
    el("dokument").hidden = false;
  }

  function showDocuments(preview) {
    const list = el("dokumentlista");
    list.replaceChildren();
    el("dokument-info").textContent = "Förhandsvisningen är gjord av samma innehåll som PDF- och Word-filen; "
      + "sidbrytningar, sidhuvud och sidfot syns bara i filerna.";
    preview.documents.forEach((d, i) => {
      const card = make("article", { class: "dokumentkort", "aria-labelledby": "dok-" + i, "data-dokument": d.id });
      card.append(make("p", { class: "dokumenttyp", text: d.name }));
      card.append(make("h3", { id: "dok-" + i, text: d.title }));
      const buttons = make("div", { class: "knappar" });
      d.files.forEach((file) => {
        const format = file.substring(file.lastIndexOf(".") + 1);
        const b = make("button", { type: "button", class: "knapp" + (format === "pdf" ? " knapp-primar" : ""),
          "data-laddning": format, "data-dokument": d.id, "data-fil": file,
          title: file, text: "Ladda ned " + (FORMAT_NAMES[format] || format) });
        b.addEventListener("click", () => download("api/document/" + d.id + "/" + format, file, b));
        buttons.append(b);
      });
      card.append(buttons);
      const details = make("details", { class: "forhandsvisning" });
      if (i === 0) details.open = true;
      details.append(make("summary", { text: "Förhandsvisning" }));
      const frame = make("iframe", { title: "Förhandsvisning av " + d.title, sandbox: "allow-same-origin",
        loading: "lazy" });
      frame.srcdoc = d.html;
      details.append(frame);
      card.append(details);
      list.append(card);
    });
    el("allt").hidden = false;
    el("dokument").hidden = false;
  }

  async function download(url, fallbackName, button, extra) {
    if (busy || !workbook) return;
    const label = button.textContent;
    setBusy(true);
    clearError();
    button.setAttribute("aria-busy", "true");
    button.textContent = "Gör filen …";
    try {
      showStatus("Gör " + fallbackName + " …");
      const response = await post(url, extra);
      const blob = await response.blob();
      const name = fileNameOf(response, fallbackName);
      const link = make("a", { href: URL.createObjectURL(blob), download: name, hidden: "" });
      document.body.append(link);
      link.click();
      setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 60000);
      doneStatus("Laddade ned " + name + " (" + size(blob.size) + ").");
    } catch (e) {
      el("status").hidden = true;
      showFailure(e);
    } finally {
      button.textContent = label;
      button.removeAttribute("aria-busy");
      setBusy(false);
    }
  }

  function setUpOtherDownloads() {
    document.querySelectorAll("button[data-rapport]").forEach((b) => {
      const format = b.getAttribute("data-rapport");
      b.addEventListener("click", () => download("api/kontrollrapport/" + format, "kontrollrapport." + format, b));
    });
    el("ladda-zip").addEventListener("click", () => download("api/generate", "dokument.zip", el("ladda-zip"),
      { kontrollrapport: el("zip-rapport").checked ? "true" : "false" }));
  }

  // ---- start ---------------------------------------------------------------------------------

  async function loadStatus() {
    try {
      const status = await (await fetch("api/status")).json();
      maxUploadBytes = status.limits.maxUploadBytes;
      el("maxstorlek").textContent = size(maxUploadBytes);
      el("version").textContent = status.version;
    } catch (e) {
      // The page still works with the default limit; the server says so again if a file is too large.
    }
  }

  setUpDropZone();
  setUpOtherDownloads();
  loadStatus();
})();
