// Name search with suggestions as one types: the ARIA 1.2 combobox pattern (arrow keys, Enter, Escape).
import { query, allPrograms } from './api.js';
import { h, href, kindLabel, actorLink, errorBox } from './dom.js';

const SEARCH = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { id name kind aliases } }`;

function normalise(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Programs are few: they are matched in the page by name and alias. */
async function matchPrograms(text) {
  const wanted = normalise(text);
  if (!wanted) return [];
  const programs = await allPrograms().catch(() => []);
  return programs
    .filter((p) => [p.name, ...p.aliases].some((n) => normalise(n).includes(wanted)))
    .map((p) => ({ id: p.id, name: p.name, kind: 'PROGRAM', aliases: p.aliases }));
}

export async function find(text, first = 8) {
  const [data, programs] = await Promise.all([query(SEARCH, { text, first }), matchPrograms(text)]);
  return [...programs, ...data.search];
}

function targetOf(item) {
  return item.kind === 'PROGRAM' ? href.program(item.id) : href.actor(item.id);
}

let instances = 0;

/** The search box: a labelled combobox whose listbox lists the best matches. */
export function searchBox({ label = 'Search groups, lawmakers, officials and programs', initial = '' } = {}) {
  const n = ++instances;
  const listId = `suggestions-${n}`;
  const input = h('input', {
    id: `search-${n}`, type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', value: initial,
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    placeholder: 'e.g. ACLU, United We Dream, 287(g)',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Suggestions' });
  const status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'search', role: 'search' },
    h('label', { for: input.id }, label),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit' }, 'Search')),
    list, status);

  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(item) {
    close();
    location.hash = targetOf(item);
  }

  function show(found) {
    items = found;
    list.replaceChildren(...found.map((item, i) => h('li', {
      id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      onmousedown: (e) => { e.preventDefault(); go(item); },
    }, h('span', { class: 'name' }, item.name), ' ', h('span', { class: 'kind' }, item.kind === 'PROGRAM' ? 'program' : kindLabel(item.kind)))));
    if (found.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } else {
      close();
    }
    active = -1;
    status.textContent = found.length ? `${found.length} suggestions; use the arrow keys to choose.` : 'No suggestions.';
  }

  async function suggest() {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text.length < 2) { show([]); return; }
    try {
      const found = await find(text);
      if (ticket === asked && document.activeElement === input) show(found);
    } catch (e) {
      if (ticket === asked) { show([]); status.textContent = e.message; }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      if (items.length) highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length) highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      go(items[active]);
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    close();
    location.hash = href.search(text);
  });
  return { form, input };
}

/** #/search?q=…: every match, with its kind. */
export async function searchView(main, params) {
  const q = params.get('q') ?? '';
  const box = searchBox({ label: 'Search again', initial: q });
  main.append(h('h1', {}, q ? `Search: ${q}` : 'Search'), box.form);
  if (!q) return { title: 'Search' };
  const results = h('section', { 'aria-labelledby': 'results-heading' }, h('h2', { id: 'results-heading' }, 'Results'));
  main.append(results);
  try {
    const found = await find(q, 50);
    if (!found.length) {
      results.append(h('p', {}, `Nothing is known by a name like “${q}”. Try part of a name, or an acronym.`));
    } else {
      results.append(h('ul', { class: 'results', id: 'search-results' }, found.map((item) => h('li', {},
        item.kind === 'PROGRAM' ? h('a', { href: href.program(item.id) }, item.name) : actorLink(item),
        ' ', h('span', { class: 'kind' }, item.kind === 'PROGRAM' ? 'program' : kindLabel(item.kind)),
        item.aliases?.length ? h('span', { class: 'muted' }, ` — also ${item.aliases.join(', ')}`) : null))));
    }
  } catch (e) {
    results.append(errorBox(e.messages ?? e.message));
  }
  return { title: `Search: ${q}` };
}
