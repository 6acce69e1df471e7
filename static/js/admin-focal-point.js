// The hero image's focal point, set by clicking the picture on the article form.
// The two percentage fields stay the way to set it by keyboard, and without
// this script; the click only fills them in.
(function () {
  "use strict";

  function setUp() {
    const fieldX = document.getElementById("id_hero_focus_x");
    const fieldY = document.getElementById("id_hero_focus_y");
    const current = document.querySelector(".field-hero_image .file-upload a[href]");
    if (!fieldX || !fieldY || !current) {
      return;
    }
    const frame = document.createElement("div");
    frame.className = "focal-point";
    const picture = document.createElement("img");
    picture.src = current.href;
    picture.alt = "";
    const marker = document.createElement("span");
    marker.className = "focal-point__marker";
    marker.setAttribute("aria-hidden", "true");
    const hint = document.createElement("p");
    hint.className = "help";
    hint.id = "focal-point-hint";
    hint.textContent =
      "Click the picture where its subject is, or type the two percentages below: " +
      "every crop of the picture keeps this point in view.";
    frame.append(picture, marker);

    function place() {
      marker.style.left = `${Number(fieldX.value) || 0}%`;
      marker.style.top = `${Number(fieldY.value) || 0}%`;
    }

    picture.addEventListener("click", (event) => {
      const box = picture.getBoundingClientRect();
      const percent = (offset, size) => Math.min(100, Math.max(0, Math.round((offset / size) * 100)));
      fieldX.value = percent(event.clientX - box.left, box.width);
      fieldY.value = percent(event.clientY - box.top, box.height);
      place();
    });
    fieldX.addEventListener("input", place);
    fieldY.addEventListener("input", place);
    const row = fieldX.closest(".form-row");
    row.before(hint, frame);
    fieldX.setAttribute("aria-describedby", `${fieldX.getAttribute("aria-describedby") || ""} focal-point-hint`.trim());
    place();
  }

  document.addEventListener("DOMContentLoaded", setUp);
})();
