// Plain-JavaScript baseline: loads seminars.json, folds text the way the app
// does (case, accents, full-width forms), matches every search word as a
// substring of the same fields in every language the listing is written in,
// keeps seminars with any checked topic, sorts by start date and renders the
// first 20 rows with matches marked, in the browser's language where the
// listing has a translation into it, as the app does.
'use strict';

const PAGE_SIZE = 20;
const fold = (text) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const state = { seminars: [], folded: [], byDate: [], topics: [], checked: new Set(), query: '' };

function searchText(s) {
  const fields = [s.title, s.summary, s.description ?? '', ...s.organisers, ...(s.hosts ?? [])];
  for (const p of s.speakers ?? []) fields.push(p.name, p.role ?? '', p.affiliation ?? '', p.talk ?? '');
  fields.push(s.venue.name, s.venue.city, s.venue.address ?? '');
  // The same fields of every translation (the app's search skips the
  // audience and the agenda in every language).
  for (const t of Object.values(s.translations ?? {})) {
    fields.push(t.title ?? '', t.summary ?? '', t.description ?? '', t.venue ?? '', t.city ?? '');
    for (const p of t.speakers ?? []) fields.push(p?.role ?? '', p?.talk ?? '');
  }
  return fold(fields.join('\n'));
}

// The interface language a tag names, as the app reads it: any English,
// and Chinese unless written in Traditional characters.
function interfaceLang(tag) {
  const [first, ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (first === 'en') return 'en';
  if (first !== 'zh') return null;
  if (rest.includes('hans')) return 'zh-Hans';
  return rest.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s)) ? null : 'zh-Hans';
}
const reader = interfaceLang(navigator.language) ?? 'en';

// A listing's text in the reader's language: its translation's when the
// original is in another language and a translation says it.
function shown(s, field) {
  if (interfaceLang(s.language ?? 'en') !== reader) {
    const found = Object.entries(s.translations ?? {}).find(([tag]) => interfaceLang(tag) === reader);
    const text = found?.[1][field];
    if (text?.trim()) return text;
  }
  return field === 'venue' ? s.venue.name : field === 'city' ? s.venue.city : s[field];
}

function highlight(text, terms) {
  const span = document.createElement('span');
  if (!terms.length) {
    span.textContent = text;
    return span;
  }
  const folded = fold(text);
  const marks = new Array(text.length).fill(false);
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      for (let i = at; i < at + term.length && i < marks.length; i++) marks[i] = true;
      at = folded.indexOf(term, at + 1);
    }
  }
  let run = '';
  let marked = false;
  const flush = () => {
    if (!run) return;
    const node = marked ? document.createElement('mark') : document.createTextNode(run);
    if (marked) node.textContent = run;
    span.appendChild(node);
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    if (marks[i] !== marked) {
      flush();
      marked = marks[i];
    }
    run += text[i];
  }
  flush();
  return span;
}

function render() {
  const start = performance.now();
  const terms = [...new Set(fold(state.query).split(/\s+/).filter(Boolean))];
  const matches = [];
  for (const i of state.byDate) {
    const s = state.seminars[i];
    if (state.checked.size && !s.topics.some((t) => state.checked.has(t))) continue;
    const haystack = state.folded[i];
    if (terms.every((t) => haystack.includes(t))) matches.push(i);
  }
  performance.measure('filter', { start, end: performance.now() });
  document.getElementById('result-count').textContent = `${matches.length} seminars`;
  const list = document.getElementById('list');
  list.textContent = '';
  for (const i of matches.slice(0, PAGE_SIZE)) {
    const s = state.seminars[i];
    const li = document.createElement('li');
    const article = document.createElement('article');
    const h2 = document.createElement('h2');
    const a = document.createElement('a');
    a.href = `/seminars/${s.id}`;
    a.appendChild(highlight(shown(s, 'title'), terms));
    h2.appendChild(a);
    const when = document.createElement('p');
    when.textContent = s.start === s.end ? s.start : `${s.start} – ${s.end}`;
    const where = document.createElement('p');
    where.textContent = `${shown(s, 'venue')}, ${shown(s, 'city')}`;
    const summary = document.createElement('p');
    summary.appendChild(highlight(shown(s, 'summary'), terms));
    article.append(h2, when, where, summary);
    li.appendChild(article);
    list.appendChild(li);
  }
}

async function main() {
  const response = await fetch('seminars.json', { cache: 'no-cache' });
  const catalogue = await response.json();
  state.seminars = catalogue.seminars;
  state.topics = catalogue.topics;
  state.folded = state.seminars.map(searchText);
  state.byDate = state.seminars.map((_, i) => i).sort((a, b) => (state.seminars[a].start < state.seminars[b].start ? -1 : state.seminars[a].start > state.seminars[b].start ? 1 : 0));
  const box = document.getElementById('topics');
  state.topics.forEach((t, i) => {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `topic-${i}`;
    input.addEventListener('change', () => {
      if (input.checked) state.checked.add(t.id);
      else state.checked.delete(t.id);
      render();
    });
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = t.label;
    box.append(input, label);
  });
  document.getElementById('search').addEventListener('input', (e) => {
    state.query = e.target.value;
    render();
  });
  render();
}

main();
