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
    else resumeExercise();
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

  // The learner's marks are kept in this tab's sessionStorage, under a hash of the analysed text, so
  // that a reload, the language switch or "back" bring them back. Nothing goes to the server until
  // "Check" or an export; closing the tab forgets them.
  const MARKS_KEY = "quellcheck:teach-marks:";
  const SYMBOL = { found: "✓", missed: "○", extra: "+" };

  // The exercise is the answer to a POST, which a browser will not show again on "back" or reload
  // without asking to resend the form. So the exercise keeps its input in sessionStorage too and
  // turns its history entry into GET /teach?resume=<hash>; that page (the form) posts the input again
  // when it stands in for the exercise, and otherwise only fills the form in.
  const INPUT_KEY = "quellcheck:teach-input:";

  function rememberExercise(data) {
    try {
      const input = { text: data.input, markup: data.markup, article_lang: data.article_lang };
      window.sessionStorage.setItem(INPUT_KEY + data.text_sha256, JSON.stringify(input));
    } catch (error) {
      return; // storage off or full: keep the POST entry (the browser offers to resend it)
    }
    const url = "/teach?lang=" + encodeURIComponent(data.ui) + "&resume=" + encodeURIComponent(data.text_sha256);
    history.replaceState({ quellcheck: "exercise" }, "", url);
  }

  function resumeExercise() {
    const form = document.querySelector("form.input-form[action^='/teach']");
    const hash = new URLSearchParams(window.location.search).get("resume");
    if (!form || !hash) return;
    let input = null;
    try {
      input = JSON.parse(window.sessionStorage.getItem(INPUT_KEY + hash) || "null");
    } catch (error) {
      return;
    }
    if (!input || typeof input.text !== "string") return; // another tab, or the tab was closed: an empty form
    form.elements.text.value = input.text;
    for (const name of ["markup", "article_lang"]) {
      const select = form.elements[name];
      if (select && Array.from(select.options).some(function (o) { return o.value === input[name]; })) select.value = input[name];
    }
    if (history.state && history.state.quellcheck === "exercise") {
      // this entry was the exercise (reload, or "back" to it): show it again. Marked first as done, so
      // that "back" from the exercise lands on the filled-in form instead of posting once more.
      history.replaceState({ quellcheck: "resumed" }, "");
      form.submit();
    }
  }

  function setUpTeaching(data) {
    const article = document.getElementById("article");
    const sentences = Array.from(article.querySelectorAll(".ts"));
    const marksList = document.getElementById("marks");
    const noMarks = document.getElementById("no-marks");
    const hint = document.getElementById("teach-hint");
    const results = document.getElementById("results");
    const resultList = document.getElementById("result-list");
    const totals = document.getElementById("totals");
    const exportSpans = document.getElementById("export-spans");
    // in the order of the buttons, whose <kbd> shows the key (the JSON data block's keys are sorted)
    const categories = Array.from(document.querySelectorAll(".lab[data-category]")).map(function (b) { return b.dataset.category; });
    const storageKey = MARKS_KEY + data.text_sha256;
    const marks = loadMarks(); // {start, end, category}
    let checked = null; // the last check's answer, shown in the text until the marks change
    let lastSelection = null;

    function loadMarks() {
      let saved = null;
      try {
        saved = JSON.parse(window.sessionStorage.getItem(storageKey) || "null");
      } catch (error) {
        return []; // storage switched off, or not ours: start without marks
      }
      if (!Array.isArray(saved)) return [];
      return saved.filter(function (m) {
        return m && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end
          && m.end <= data.text.length && categories.includes(m.category);
      }).map(function (m) { return { start: m.start, end: m.end, category: m.category }; });
    }

    function saveMarks() {
      try {
        if (marks.length) window.sessionStorage.setItem(storageKey, JSON.stringify(marks));
        else window.sessionStorage.removeItem(storageKey);
      } catch (error) {
        // storage switched off (a browser setting): the marks last as long as the page
      }
      if (exportSpans) exportSpans.value = JSON.stringify(marks);
    }

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
      saveMarks();
      checked = null; // the old result no longer fits the marks
      results.hidden = true;
      renderText();
      renderMarks();
    }

    // What the text shows: the learner's marks and, after a check, whether each was found or is extra,
    // and quellcheck's passages the learner missed. Told apart by line style and a symbol with a word
    // (CSS generated content: read by screen readers, not selectable, not part of the offsets).
    function layers() {
      const out = [];
      const extras = new Set();
      const missed = [];
      if (checked) {
        for (const c of checked.categories) {
          for (const x of c.extra) extras.add(x.start + ":" + x.end + ":" + x.category);
          for (const x of c.missed) missed.push([c, x]);
        }
      }
      for (const m of marks) {
        const status = !checked ? null : extras.has(m.start + ":" + m.end + ":" + m.category) ? "extra" : "found";
        out.push({ start: m.start, end: m.end, category: m.category, status: status,
                   label: status ? data.labels["r_" + status] : null });
      }
      for (const [c, x] of missed) {
        x.spans.forEach(function (span, index) {
          out.push({ start: span[0], end: span[1], category: null, status: "missed",
                     label: index === x.spans.length - 1 ? data.labels.r_missed + ": " + c.label : null });
        });
      }
      return out;
    }

    function renderText() {
      const all = layers();
      for (const s of sentences) {
        const base = Number(s.dataset.start);
        const stop = Number(s.dataset.end);
        const inside = all.filter(function (l) { return l.start < stop && l.end > base; });
        const cuts = new Set([base, stop]);
        for (const l of inside) {
          cuts.add(Math.max(base, l.start));
          cuts.add(Math.min(stop, l.end));
        }
        const points = Array.from(cuts).sort(function (a, b) { return a - b; });
        s.replaceChildren();
        for (let i = 0; i + 1 < points.length; i++) {
          const a = points[i];
          const b = points[i + 1];
          const piece = data.text.slice(a, b);
          const active = inside.filter(function (l) { return l.start <= a && l.end >= b; });
          if (!active.length) {
            s.appendChild(document.createTextNode(piece));
            continue;
          }
          const kinds = Array.from(new Set(active.filter(function (l) { return l.category; }).map(function (l) { return l.category; })));
          const statuses = Array.from(new Set(active.map(function (l) { return l.status; }).filter(Boolean)));
          const classes = statuses.map(function (st) { return "r-" + st; });
          if (kinds.length) classes.unshift("lm", "lm-" + kinds[0], ...(kinds.length > 1 ? ["multi"] : []));
          const node = el(kinds.length ? "mark" : "span", classes.join(" "), piece);
          const title = kinds.map(function (k) { return data.categories[k]; });
          const labels = Array.from(new Set(active.filter(function (l) { return l.label && l.end === b; }).map(function (l) { return l.label; })));
          if (labels.length) node.dataset.result = labels.join(" · ");
          node.title = title.concat(statuses.map(function (st) { return data.labels[st]; })).join(", ");
          s.appendChild(node);
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

    function resultItem(kind, x, why) {
      const item = el("li", kind);
      item.appendChild(el("span", "symbol", SYMBOL[kind] + " "));
      item.appendChild(el("span", "quote", x.quoted));
      const target = x.sent_id === null || x.sent_id === undefined ? null : document.getElementById("t-" + x.sent_id);
      if (target) {
        const jump = el("button", "goto", x.where);
        jump.type = "button";
        jump.addEventListener("click", function () { focusSentence(target); });
        item.appendChild(jump);
      }
      for (const line of why) if (line) item.appendChild(el("span", "why", line));
      return item;
    }

    function suggestion(x) {
      return x.suggestion ? data.labels.suggestion + ": " + x.suggestion : "";
    }

    function renderResults(response) {
      resultList.replaceChildren();
      totals.textContent = ["found", "missed", "extra"].map(function (kind) {
        return SYMBOL[kind] + " " + data.labels[kind] + ": " + response.totals[kind];
      }).join(" · ");
      for (const c of response.categories) {
        const section = el("section", "result-" + c.category);
        section.dataset.category = c.category;
        section.appendChild(el("h3", "lab-" + c.category, c.label));
        const groups = [
          ["found", c.found.map(function (x) { return resultItem("found", x, [x.explanation, suggestion(x)]); })],
          ["missed", c.missed.map(function (x) {
            const marked = x.marked_as.length ? data.labels.marked_as + ": " + x.marked_as.join(", ") : "";
            return resultItem("missed", x, [x.explanation, suggestion(x), marked]);
          })],
          ["extra", c.extra.map(function (x) {
            if (!x.elsewhere.length) return resultItem("extra", x, [data.labels.extra_note]);
            const names = x.elsewhere.map(function (e) { return e.label; });
            return resultItem("extra", x, [data.labels.elsewhere_as + ": " + Array.from(new Set(names)).join(", "), x.elsewhere[0].explanation]);
          })],
        ];
        for (const [kind, items] of groups) {
          const list = el("ul", "list-" + kind);
          section.appendChild(el("h4", null, SYMBOL[kind] + " " + data.labels[kind] + " (" + items.length + ")"));
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
        checked = payload;
        renderText();
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
    if (exportSpans) exportSpans.value = JSON.stringify(marks);
    renderText();
    renderMarks();
    rememberExercise(data);
  }
})();
