// The import review page. Focusing or pointing at a fact highlights its words in
// the text and scrolls them into view there; typing a partner's name offers the
// existing partners that match (the admin's autocomplete); editing a choice's
// field selects its radio button. Without JavaScript the "From …" links jump to
// the marked words and the typed name is looked up when the form is sent.
(() => {
  const root = document.querySelector(".import-review");
  if (!root) return;
  const text = root.querySelector(".import-text");
  // After a refused form, the list of what to correct is read first.
  const errors = document.getElementById("review-errors");
  if (errors) errors.focus();
  let current = null;

  const show = (block) => {
    const link = block && block.querySelector(".fact-link");
    const mark = link && document.getElementById(link.dataset.mark);
    if (mark === current) return;
    if (current) current.classList.remove("is-current");
    current = mark;
    if (!mark || !text) return;
    mark.classList.add("is-current");
    text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
  };
  root.addEventListener("focusin", (event) => show(event.target.closest("[data-fact]")));
  root.addEventListener("mouseover", (event) => {
    const block = event.target.closest("[data-fact]");
    if (block) show(block);
  });

  root.addEventListener("input", (event) => {
    const radio = document.getElementById(event.target.dataset.selects || "");
    if (radio) radio.checked = true;
  });

  let timer = null;
  root.addEventListener("input", (event) => {
    const field = event.target.closest(".partner-search");
    if (!field) return;
    clearTimeout(timer);
    timer = setTimeout(() => search(field), 200);
  });

  const search = async (field) => {
    const term = field.value.trim();
    const list = document.getElementById(field.getAttribute("list"));
    if (term.length < 2 || !list) return;
    const query = new URLSearchParams({
      term, app_label: "newsroom", model_name: "person", field_name: "affiliation",
    });
    try {
      const response = await fetch(`${field.dataset.autocomplete}?${query}`, {
        credentials: "same-origin", headers: { Accept: "application/json" },
      });
      if (!response.ok) return;
      const { results } = await response.json();
      list.replaceChildren(...results.map((r) => {
        const option = document.createElement("option");
        option.value = r.text;
        return option;
      }));
    } catch (error) {
      // Offline or refused: the field still takes a typed name.
    }
  };
})();
