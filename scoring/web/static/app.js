// quellcheck serve: the little script the pages need. Article text is only ever put into the page as
// text (textContent, text nodes), never as HTML. Served by the app (CSP script-src 'self').
"use strict";

(function () {
  // --- shared: jump to a sentence, print buttons ---------------------------------------------

  let current = null;

  function focusSentence(el) {
    if (!el) return;
    if (current) current.classList.remove("is-current");
    current = el;
    el.classList.add("is-current");
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  document.addEventListener("DOMContentLoaded", function () {
    for (const button of document.querySelectorAll("[data-print]")) {
      button.addEventListener("click", function () { window.print(); });
    }
    for (const link of document.querySelectorAll("a[data-back]")) {
      link.addEventListener("click", function (event) {
        if (history.length > 1) {
          event.preventDefault();
          history.back();
        }
      });
    }
    setUpEditor();
    const data = document.getElementById("teach-data");
    if (data) setUpTeaching(JSON.parse(data.textContent));
  });

  // --- editor: findings and the sentence strip scroll to their sentence and focus it ---------

  function setUpEditor() {
    const report = document.querySelector(".quellcheck-report");
    if (!report) return;
    for (const s of report.querySelectorAll(".s[id]")) s.tabIndex = -1;
    document.addEventListener("click", function (event) {
      const link = event.target.closest("a[href^='#s-']");
      if (!link) return;
      const target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      event.preventDefault();
      history.replaceState(null, "", link.getAttribute("href"));
      focusSentence(target);
    });
  }

  // --- teaching mode -----------------------------------------------------------------------

  function setUpTeaching(data) {
    const article = document.getElementById("article");
    const sentences = Array.from(article.querySelectorAll(".ts"));
    const marksList = document.getElementById("marks");
    const noMarks = document.getElementById("no-marks");
    const hint = document.getElementById("teach-hint");
    const results = document.getElementById("results");
    const resultList = document.getElementById("result-list");
    const totals = document.getElementById("totals");
    const categories = Object.keys(data.categories);
    const marks = []; // {start, end, category}
    let lastSelection = null;

    // Offsets are characters of the analysed text: each sentence span holds exactly text[start:end].
    function offsetIn(sentence, node, offset) {
      const range = document.createRange();
      range.selectNodeContents(sentence);
      range.setEnd(node, offset);
      return range.toString().length;
    }

    function selectedSpan() {
      const selection = window.getSelection();
      if (!selection.rangeCount || selection.isCollapsed) return null;
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(article)) return null;
      let start = null;
      let end = null;
      for (const s of sentences) {
        if (!range.intersectsNode(s)) continue;
        const base = Number(s.dataset.start);
        const length = Number(s.dataset.end) - base;
        const a = s.contains(range.startContainer) ? offsetIn(s, range.startContainer, range.startOffset) : 0;
        const b = s.contains(range.endContainer) ? offsetIn(s, range.endContainer, range.endOffset) : length;
        if (start === null) start = base + a;
        end = base + b;
      }
      if (start === null) return null;
      while (start < end && /\s/.test(data.text[start])) start++;
      while (end > start && /\s/.test(data.text[end - 1])) end--;
      return start < end ? { start: start, end: end } : null;
    }

    // Remember the selection: clicking a button may clear it in some browsers.
    document.addEventListener("selectionchange", function () {
      const span = selectedSpan();
      if (span) lastSelection = span;
    });

    function addMark(category) {
      const span = selectedSpan() || lastSelection;
      if (!span) {
        hint.textContent = data.labels.select_first;
        return;
      }
      hint.textContent = "";
      const duplicate = marks.some(function (m) { return m.start === span.start && m.end === span.end && m.category === category; });
      if (!duplicate) marks.push({ start: span.start, end: span.end, category: category });
      lastSelection = null;
      window.getSelection().removeAllRanges();
      changed();
    }

    function changed() {
      marks.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
      renderText();
      renderMarks();
      results.hidden = true; // the old result no longer fits the marks
    }

    function renderText() {
      for (const s of sentences) {
        const base = Number(s.dataset.start);
        const stop = Number(s.dataset.end);
        const inside = marks.filter(function (m) { return m.start < stop && m.end > base; });
        const cuts = new Set([base, stop]);
        for (const m of inside) {
          cuts.add(Math.max(base, m.start));
          cuts.add(Math.min(stop, m.end));
        }
        const points = Array.from(cuts).sort(function (a, b) { return a - b; });
        s.replaceChildren();
        for (let i = 0; i + 1 < points.length; i++) {
          const a = points[i];
          const b = points[i + 1];
          const piece = data.text.slice(a, b);
          const active = inside.filter(function (m) { return m.start <= a && m.end >= b; });
          if (!active.length) {
            s.appendChild(document.createTextNode(piece));
            continue;
          }
          const kinds = Array.from(new Set(active.map(function (m) { return m.category; })));
          const mark = el("mark", "lm lm-" + kinds[0] + (kinds.length > 1 ? " multi" : ""), piece);
          mark.title = kinds.map(function (k) { return data.categories[k]; }).join(", ");
          s.appendChild(mark);
        }
      }
    }

    function renderMarks() {
      marksList.replaceChildren();
      noMarks.hidden = marks.length > 0;
      marks.forEach(function (m, index) {
        const item = el("li");
        item.appendChild(el("span", "cat lab-" + m.category, data.categories[m.category]));
        item.appendChild(el("q", null, data.text.slice(m.start, m.end)));
        const remove = el("button", "remove", "✕");
        remove.type = "button";
        remove.setAttribute("aria-label", data.labels.remove);
        remove.addEventListener("click", function () {
          marks.splice(index, 1);
          changed();
        });
        item.appendChild(remove);
        marksList.appendChild(item);
      });
    }

    function sentenceOf(offset) {
      return sentences.find(function (s) { return Number(s.dataset.start) <= offset && offset < Number(s.dataset.end); });
    }

    function resultItem(kind, quote, why, offset) {
      const item = el("li", kind);
      item.appendChild(el("span", "quote", "„" + quote + "“"));
      const target = sentenceOf(offset);
      if (target) {
        const jump = el("button", "goto", data.labels.sentence_n + " " + target.dataset.n);
        jump.type = "button";
        jump.addEventListener("click", function () { focusSentence(target); });
        item.appendChild(jump);
      }
      if (why) item.appendChild(el("span", "why", why));
      return item;
    }

    function renderResults(response) {
      resultList.replaceChildren();
      totals.textContent = data.labels.found + ": " + response.totals.found + " · " + data.labels.missed + ": "
        + response.totals.missed + " · " + data.labels.extra + ": " + response.totals.extra;
      for (const c of response.categories) {
        const section = el("section", "result-" + c.category);
        section.dataset.category = c.category;
        section.appendChild(el("h3", "lab-" + c.category, c.label));
        const groups = [
          ["found", c.found.map(function (x) { return resultItem("found", x.text, x.explanation, x.start); })],
          ["missed", c.missed.map(function (x) { return resultItem("missed", x.text, x.explanation, x.start); })],
          ["extra", c.extra.map(function (x) {
            const why = x.elsewhere.length ? data.labels.elsewhere_as + ": " + x.elsewhere.join(", ") : data.labels.extra_note;
            return resultItem("extra", x.text, why, x.start);
          })],
        ];
        for (const [kind, items] of groups) {
          const list = el("ul", "list-" + kind);
          section.appendChild(el("h4", null, data.labels[kind] + " (" + items.length + ")"));
          for (const item of items) list.appendChild(item);
          section.appendChild(list);
        }
        resultList.appendChild(section);
      }
      results.hidden = false;
    }

    async function check() {
      const body = {
        text: data.input, markup: data.markup, article_lang: data.article_lang, ui: data.ui,
        text_sha256: data.text_sha256, spans: marks,
      };
      let response;
      try {
        response = await fetch("/api/teach/check", {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
        });
        const payload = await response.json();
        if (!response.ok) throw new Error(payload.error || String(response.status));
        hint.textContent = "";
        renderResults(payload);
        results.scrollIntoView({ block: "start" });
      } catch (error) {
        hint.textContent = data.labels.check_failed + ": " + error.message;
      }
    }

    for (const button of document.querySelectorAll(".lab[data-category]")) {
      button.addEventListener("mousedown", function (event) { event.preventDefault(); }); // keep the selection
      button.addEventListener("click", function () { addMark(button.dataset.category); });
    }
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target.closest("input, textarea, select")) return;
      const index = Number(event.key) - 1;
      if (index >= 0 && index < categories.length) addMark(categories[index]);
    });
    document.getElementById("check").addEventListener("click", check);
    document.getElementById("clear").addEventListener("click", function () {
      marks.length = 0;
      changed();
    });
    renderMarks();
  }
})();
