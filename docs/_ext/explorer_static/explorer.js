// The statement explorer: filters the statements embedded in the page as
// Corpus.find_statements does (tests/browser/test_explorer.py checks that they agree),
// and shows each one in its paragraph with the evidence for it.
"use strict";

(() => {
  const root = document.getElementById("ex-app");
  const dataElement = document.getElementById("explorer-data");
  if (!root || !dataElement) return;
  const data = JSON.parse(dataElement.textContent);

  const byId = (id) => document.getElementById(id);
  const form = byId("ex-form");
  const status = byId("ex-status");
  const copyStatus = byId("ex-copy-status");
  const results = byId("ex-results");
  const controls = {
    speaker: byId("ex-speaker"),
    topic: byId("ex-topic"),
    since: byId("ex-since"),
    until: byId("ex-until"),
    undated: byId("ex-undated"),
    mode: byId("ex-mode"),
    article: byId("ex-article"),
    text: byId("ex-text"),
  };

  // -- matching as the library does ------------------------------------------------------

  const table = (object) => new Map(Object.entries(object));
  const names = {
    ids: table(data.names.ids),
    keys: table(data.names.keys),
    foldedIds: table(data.names.folded_ids),
    offices: table(data.names.offices),
  };
  const casefoldMap = table(data.casefold);

  /** str.casefold(): per character, the table's folding or else the lower case. */
  const casefold = (text) => {
    let out = "";
    for (const ch of text) out += casefoldMap.get(ch) ?? ch.toLowerCase();
    return out;
  };

  /** asean_corpus._text.normalize: accents dropped, case folded, punctuation runs one space. */
  const normalize = (text) =>
    casefold(text.normalize("NFKD").replace(/\p{Mn}/gu, ""))
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();

  const statements = data.statements.map((s) => ({ ...s, folded: casefold(s.text) }));
  const children = new Map();
  for (const topic of data.topics) {
    if (topic.parent !== null) {
      if (!children.has(topic.parent)) children.set(topic.parent, []);
      children.get(topic.parent).push(topic.id);
    }
  }
  const topicLabels = new Map(data.topics.map((t) => [t.id, t.label]));

  const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n, width) => String(n).padStart(width, "0");

  /** PartialDate.parse: YYYY, YYYY-MM or YYYY-MM-DD, a real date; its first and last day. */
  const parseDate = (text) => {
    const match = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(text);
    if (!match) return null;
    const year = Number(match[1]);
    const month = match[2] === undefined ? null : Number(match[2]);
    const day = match[3] === undefined ? null : Number(match[3]);
    if (year < 1) return null;
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
    const first = `${pad(year, 4)}-${pad(month ?? 1, 2)}-${pad(day ?? 1, 2)}`;
    const lastMonth = month ?? 12;
    const lastDay = day ?? daysIn(year, lastMonth);
    return { first, last: `${pad(year, 4)}-${pad(lastMonth, 2)}-${pad(lastDay, 2)}` };
  };

  /** NameTable.get, then the offices: {direct: Set of actor ids, offices: Map actor -> roles}. */
  const resolveSpeaker = (query) => {
    const key = normalize(query);
    const actor = names.ids.get(query) ?? names.keys.get(key) ?? names.foldedIds.get(key);
    if (actor !== undefined) return { direct: new Set([actor]), offices: new Map() };
    const holders = names.offices.get(key);
    if (holders === undefined) return null;
    if (holders.every((h) => h.start === null)) return { unplaced: true };
    const offices = new Map();
    for (const holder of holders) {
      if (!offices.has(holder.actor)) offices.set(holder.actor, []);
      offices.get(holder.actor).push(holder);
    }
    return { direct: new Set(), offices };
  };

  const held = (role, first, last) =>
    role.start !== null && role.start <= last && first <= (role.end ?? "9999-12-31");

  /** The statements matching every filter, in the embedded (find_statements) order. */
  const query = (filters) => {
    const tests = [];
    const undated = filters.undated;
    if (filters.speaker.trim() !== "") {
      const found = resolveSpeaker(filters.speaker);
      if (found === null) {
        return { error: `No speaker or office is called \u201c${filters.speaker}\u201d.` };
      }
      if (found.unplaced) {
        return {
          error: `No speaker: the corpus does not say when the holders of \u201c${filters.speaker}\u201d held it; search for them by name.`,
        };
      }
      /** One speaker of the statement: the actor asked for, or the office's holder then. */
      const bySpeaker = (s, speaker) => {
        if (found.direct.has(speaker)) return true;
        const roles = found.offices.get(speaker);
        if (roles === undefined) return false;
        let first = s.earliest;
        let last = s.latest;
        if (first === null) {
          const article = data.articles[s.article];
          if (article.published_earliest === null) {
            return undated && roles.some((r) => r.start !== null);
          }
          first = article.published_earliest;
          last = article.published_latest;
        }
        return roles.some((r) => held(r, first, last));
      };
      // A joint statement matches any of its speakers, as find_statements does.
      tests.push((s) => [s.speaker, ...s.co_speakers].some((speaker) => bySpeaker(s, speaker)));
    }
    if (filters.topic) {
      const wanted = new Set();
      const stack = [filters.topic];
      while (stack.length) {
        const current = stack.pop();
        if (!wanted.has(current)) {
          wanted.add(current);
          stack.push(...(children.get(current) ?? []));
        }
      }
      tests.push((s) => s.topics.some((t) => wanted.has(t)));
    }
    if (filters.article) tests.push((s) => s.article === filters.article);
    const since = filters.since.trim();
    const until = filters.until.trim();
    if (since || until) {
      const lo = since ? parseDate(since) : { first: "0001-01-01" };
      const hi = until ? parseDate(until) : { last: "9999-12-31" };
      if (lo === null || hi === null) {
        const bad = lo === null ? since : until;
        return { error: `\u201c${bad}\u201d is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.` };
      }
      if (lo.first > hi.last) return { error: "The range is reversed: \u201cFrom\u201d is after \u201cTo\u201d." };
      tests.push((s) => (s.earliest === null ? undated : s.earliest <= hi.last && s.latest >= lo.first));
    }
    if (filters.mode) tests.push((s) => s.mode === filters.mode);
    if (filters.text !== "") {
      const needle = casefold(filters.text);
      tests.push((s) => s.folded.includes(needle));
    }
    return { found: statements.filter((s) => tests.every((test) => test(s))) };
  };

  // -- showing a statement ----------------------------------------------------------------

  const element = (tag, attributes = {}, ...content) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    for (const item of content) {
      if (item !== null && item !== undefined) node.append(item);
    }
    return node;
  };

  const attributionLabels = {
    named: "named at this point in the article",
    carried: "carried over from an earlier mention",
    office: "identified by the office named",
    inferred: "inferred from the context",
  };

  /** The paragraph, the statement in <mark>, the mention underlined when it is there too. */
  const paragraph = (s) => {
    const { start, text } = s.paragraph;
    const marks = [[s.span[0] - start, s.span[1] - start, "mark"]];
    if (s.mention_span) {
      const [m0, m1] = [s.mention_span[0] - start, s.mention_span[1] - start];
      const outside = m1 <= marks[0][0] || m0 >= marks[0][1];
      if (outside && m0 >= 0 && m1 <= text.length) marks.push([m0, m1, "u"]);
    }
    marks.sort((a, b) => a[0] - b[0]);
    const quote = element("blockquote", { class: "ex-paragraph" });
    let at = 0;
    for (const [lo, hi, tag] of marks) {
      quote.append(text.slice(at, lo));
      const attributes = tag === "mark" ? { class: "ex-hl" } : { class: "ex-mention", title: "How the article names the speaker" };
      quote.append(element(tag, attributes, text.slice(lo, hi)));
      at = hi;
    }
    quote.append(text.slice(at));
    return quote;
  };

  const entry = (list, term, ...value) => {
    if (value.every((v) => v === null || v === undefined || v === "")) return;
    list.append(element("dt", {}, term), element("dd", {}, ...value));
  };

  const dateText = (s) => {
    if (s.said_on === null) return "Undated";
    return s.date_label;
  };

  const dateDetail = (s) => {
    const basis = data.bases[s.date_basis] ?? s.date_basis;
    if (s.said_on === null) return basis;
    const known = s.said_until ? `one day in this range, known to the ${s.precision}` : `known to the ${s.precision}`;
    return `${known}, ${basis}`;
  };

  const render = (s) => {
    const article = data.articles[s.article];
    const headingId = `h-${s.id}`;
    const heading = element("h3", { id: headingId, class: "ex-speaker" }, s.speakers.join(" and "));
    const meta = element(
      "p",
      { class: "ex-meta" },
      element("span", { class: "ex-date" }, dateText(s)),
      ` (${dateDetail(s)}) \u00b7 `,
      element("span", { class: "ex-mode" }, data.modes[s.mode] ?? s.mode),
      " \u00b7 ",
      element("code", { class: "ex-id" }, s.id),
    );
    const evidence = element("dl", { class: "ex-evidence" });
    if (s.attribution !== null) {
      entry(evidence, "Speaker found", attributionLabels[s.attribution] ?? s.attribution);
    }
    entry(evidence, "Named as", s.mention ? `\u201c${s.mention}\u201d` : null);
    entry(evidence, "Cue", s.cue ? `\u201c${s.cue}\u201d` : null);
    entry(evidence, "Via", s.via.join(", "));
    entry(evidence, "Speaker\u2019s words", s.verbatim ? "yes, verbatim" : "no, the article\u2019s words");
    entry(evidence, "Date from", s.date_evidence ? `\u201c${s.date_evidence}\u201d` : null);
    if (s.event) {
      const where = s.event.place ? `, ${s.event.place}` : "";
      entry(evidence, "Event", `${s.event.name} (${s.event.date_label}${where})`);
    }
    entry(evidence, "Roles", s.roles.map((r) => r.label).join("; "));
    entry(evidence, "Topics", s.topics.map((t) => topicLabels.get(t) ?? t).join(", "));
    entry(evidence, "Agreements", s.agreements.join(", "));
    entry(evidence, "Note", s.note);

    const articleLink = article.url
      ? element("a", { href: article.url }, article.title)
      : element("a", { href: `#article-${s.article}` }, article.title);
    const source = element(
      "p",
      { class: "ex-source" },
      "From \u201c",
      articleLink,
      `\u201d, ${[article.publisher, article.date_label].filter(Boolean).join(", ")}. `,
      element("a", { href: `#in-article-${s.id}`, "aria-label": `Statement ${s.id} in the full article` }, "Read it in the article"),
      ` (characters ${s.span[0]}\u2013${s.span[1]}).`,
    );
    const button = element("button", { type: "button", class: "ex-copy", "data-statement": s.id, "aria-describedby": headingId }, "Copy citation");
    const cite = element(
      "details",
      { class: "ex-citation" },
      element("summary", {}, "Show citation"),
      element("p", {}, s.citation),
    );
    return element(
      "li",
      { class: "ex-result", id: `statement-${s.id}`, "data-statement": s.id },
      element("article", { "aria-labelledby": headingId }, heading, meta, paragraph(s), evidence, source, element("div", { class: "ex-actions" }, button, cite)),
    );
  };

  // -- the form ------------------------------------------------------------------------------

  const readForm = () => ({
    speaker: controls.speaker.value,
    topic: controls.topic.value,
    since: controls.since.value,
    until: controls.until.value,
    undated: controls.undated.checked,
    mode: controls.mode.value,
    article: controls.article.value,
    text: controls.text.value,
  });

  const byStatementId = new Map(statements.map((s) => [s.id, s]));
  let announce = 0;

  const update = () => {
    const filters = readForm();
    const answer = query(filters);
    const dateError = answer.error && (filters.since || filters.until) && !answer.error.startsWith("No speaker");
    controls.speaker.setAttribute("aria-invalid", String(Boolean(answer.error && answer.error.startsWith("No speaker"))));
    for (const c of [controls.since, controls.until]) c.setAttribute("aria-invalid", String(Boolean(dateError)));
    const found = answer.found ?? [];
    results.replaceChildren(...found.map(render));
    const total = statements.length;
    const message = answer.error
      ? `${answer.error} No statements shown.`
      : `${found.length} of ${total} statements match.`;
    results.setAttribute("data-count", String(found.length));
    // Typing changes the results at once; the count is announced when typing pauses.
    window.clearTimeout(announce);
    announce = window.setTimeout(() => {
      status.textContent = message;
    }, 300);
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) {
      if (value === true) params.set(name, "1");
      else if (value) params.set(name, value);
    }
    const search = params.toString();
    history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
  };

  const fromLocation = () => {
    const params = new URLSearchParams(location.search);
    for (const [name, control] of Object.entries(controls)) {
      if (!params.has(name)) continue;
      if (control.type === "checkbox") control.checked = params.get(name) === "1";
      else control.value = params.get(name);
    }
  };

  const copy = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = element("textarea", { class: "ex-visually-hidden", readonly: "" }, text);
      document.body.append(area);
      area.select();
      const done = document.execCommand("copy");
      area.remove();
      return done;
    }
  };

  results.addEventListener("click", async (event) => {
    const button = event.target.closest("button.ex-copy");
    if (!button) return;
    const s = byStatementId.get(button.dataset.statement);
    const done = await copy(s.citation);
    copyStatus.textContent = done
      ? `Citation of ${s.id} copied.`
      : `Could not copy; the citation of ${s.id} is under \u201cShow citation\u201d.`;
    button.textContent = done ? "Copied" : "Copy failed";
    window.setTimeout(() => {
      button.textContent = "Copy citation";
    }, 2000);
  });

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener("reset", () => window.setTimeout(update, 0));

  fromLocation();
  update();
  // The results were put in above the articles after the browser scrolled to the
  // address's #fragment (a statement in its article): scroll to it again.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) target.scrollIntoView({ behavior: "instant" });
  root.setAttribute("data-ready", "true");
})();
