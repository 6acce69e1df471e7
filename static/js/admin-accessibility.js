/*
 * Accessible names for the admin controls that Django's admin, Select2 (the
 * autocomplete widgets) and the rich-text editor leave unnamed: inputs in
 * tabular inlines, the date and time halves of a date-time field, Select2's
 * combobox and search box, and the editor's text box. Each gets the name of
 * the label a sighted editor already reads next to it. Loaded on every admin
 * page by templates/admin/base_site.html; widgets added later (inline rows,
 * Select2 set-up) are named as they appear.
 */
"use strict";
(function () {
  function words(node) {
    return node ? node.textContent.replace(/\s+/g, " ").replace(/[\s:]+$/, "").trim() : "";
  }

  function idOf(element, fallback) {
    if (!element.id) element.id = fallback;
    return element.id;
  }

  // The element that labels a control on screen: its <label for>, or the
  // column header of a tabular inline's cell.
  function visibleLabel(control) {
    if (control.labels && control.labels.length) return control.labels[0];
    const cell = control.closest("td[class*='field-']");
    if (!cell) return null;
    const column = Array.from(cell.classList).find((c) => c.startsWith("field-"));
    const table = cell.closest("table");
    return table && table.querySelector("th.column-" + CSS.escape(column.slice(6)));
  }

  function unnamed(element) {
    return !element.hasAttribute("aria-label") && !element.hasAttribute("aria-labelledby");
  }

  function nameInlineCells(root) {
    root.querySelectorAll("td[class*='field-'] :is(input, select, textarea)").forEach((control) => {
      if (control.type === "hidden" || control.labels.length || !unnamed(control)) return;
      const label = visibleLabel(control);
      if (label) control.setAttribute("aria-label", words(label));
    });
  }

  function nameDateTimeHalves(root) {
    root.querySelectorAll("p.datetime input").forEach((input) => {
      if (input.labels.length || !unnamed(input)) return;
      const field = words(input.closest(".form-row").querySelector("label"));
      const half = words(input.previousSibling); // "Date:" or "Time:", translated
      input.setAttribute("aria-label", field ? field + ": " + half : half);
    });
  }

  function nameSelect2(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach((select) => {
      const container = select.nextElementSibling;
      const label = visibleLabel(select);
      if (!label || !container || !container.classList.contains("select2")) return;
      const labelId = idOf(label, select.id + "-label");
      const rendered = container.querySelector(".select2-selection__rendered[role=textbox]");
      const combobox = container.querySelector(".select2-selection--single");
      if (rendered && !rendered.hasAttribute("aria-labelledby")) {
        rendered.setAttribute("aria-labelledby", labelId);
      }
      if (combobox && rendered && !combobox.dataset.named) {
        // The field's label, then the chosen value.
        combobox.setAttribute("aria-labelledby", labelId + " " + rendered.id);
        combobox.dataset.named = "true";
      }
      const search = container.querySelector(".select2-search__field");
      if (search && unnamed(search)) search.setAttribute("aria-labelledby", labelId);
    });
  }

  function nameRichTextEditors(root) {
    root.querySelectorAll(".prose-editor").forEach((wrapper) => {
      const textarea = wrapper.querySelector("textarea");
      const editor = wrapper.querySelector("[contenteditable=true]");
      if (!textarea || !editor || !textarea.labels.length || !unnamed(editor)) return;
      editor.setAttribute("aria-labelledby", idOf(textarea.labels[0], textarea.id + "-label"));
    });
  }

  function nameAll() {
    const form = document.getElementById("content-main");
    if (!form) return;
    nameInlineCells(form);
    nameDateTimeHalves(form);
    nameSelect2(form);
    nameRichTextEditors(form);
  }

  let pending = false;
  function nameSoon() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      nameAll();
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    nameAll();
    new MutationObserver(nameSoon).observe(document.getElementById("content-main") || document.body, {
      childList: true,
      subtree: true,
    });
  });
})();
