// #/compare?letters=<id>,<id>[,…]: who signed all, only the first, only the second; each as CSV.
import { query, findLetters, lettersByIds } from './api.js';
import { h, actorLink, kindLabel, csvDownload, slug, errorBox, formatDate, encodeId } from './dom.js';

const COMPARE = `query Compare($ids: [ID!]!, $first: ID!, $second: ID!) {
  all: commonSigners(letterIds: $ids) { id name kind }
  onlyFirst: signedButNot(signed: $first, notSigned: $second) { id name kind }
  onlySecond: signedButNot(signed: $second, notSigned: $first) { id name kind }
}`;

const option = (l, selected) => h('option', { value: l.id, selected: l.id === selected }, `${formatDate(l.date)} — ${l.title}`);

/**
 * One letter to pick: a box that searches titles and a list of the letters found, a page at a time ("More letters"),
 * so that no letter is out of reach however many the graph holds.
 */
function letterSelect(index, firstPage, chosen, selected) {
  const id = `compare-letter-${index}`;
  const label = index === 0 ? 'First letter' : index === 1 ? 'Second letter' : `Letter ${index + 1}`;
  const select = h('select', { id, name: 'letter', required: index < 2 });
  const find = h('input', { type: 'search', id: `compare-find-${index}`, placeholder: 'Words of the title', autocomplete: 'off' });
  const more = h('button', { type: 'button', class: 'secondary', id: `compare-more-${index}` }, 'More letters');
  const status = h('span', { class: 'muted small', role: 'status', id: `compare-found-${index}` });
  let cursor = null;
  let ticket = 0;
  const fill = (page, keep) => {
    const current = keep ? select.value : selected;
    const kept = chosen.find((l) => l.id === current);
    select.replaceChildren(...[h('option', { value: '' }, index < 2 ? 'Choose a letter' : '(none)'),
      kept && !page.letters.some((l) => l.id === kept.id) ? option(kept, current) : null,
      ...page.letters.map((l) => option(l, current))].filter(Boolean));
    if (current) select.value = current;
    cursor = page.endCursor;
    more.hidden = !page.hasNextPage;
    status.textContent = `${page.totalCount} letter${page.totalCount === 1 ? '' : 's'} found`;
  };
  fill(firstPage, false);
  let timer = null;
  find.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++ticket;
      const page = await findLetters(find.value);
      if (mine === ticket) fill(page, true);
    }, 250);
  });
  more.addEventListener('click', async () => {
    more.disabled = true;
    const page = await findLetters(find.value, cursor);
    select.append(...page.letters.filter((l) => !select.querySelector(`option[value="${CSS.escape(l.id)}"]`)).map((l) => option(l, null)));
    cursor = page.endCursor;
    more.hidden = !page.hasNextPage;
    more.disabled = false;
  });
  return h('div', { class: 'field letter-pick' },
    h('label', { for: id }, label),
    h('div', { class: 'pick-row' }, h('label', { class: 'visually-hidden', for: find.id }, `Search the titles for the ${label.toLowerCase()}`), find, more, status),
    select);
}

function group(id, heading, explanation, actors, filename) {
  return h('section', { class: 'card', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, `${heading} (${actors.length})`),
    h('p', { class: 'muted' }, explanation),
    actors.length
      ? [csvDownload('Download CSV', filename, ['id', 'name', 'kind'], actors.map((a) => [a.id, a.name, kindLabel(a.kind)])),
        h('ul', { class: 'results', id }, actors.map((a) => h('li', {}, actorLink(a), a.kind !== 'ORGANIZATION' ? h('span', { class: 'kind' }, kindLabel(a.kind)) : null)))]
      : h('p', {}, 'Nobody.'));
}

export async function compareView(main, params) {
  const chosen = (params.get('letters') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const [firstPage, picked] = await Promise.all([findLetters(''), lettersByIds([...new Set(chosen)])]);
  const title = (id) => picked.find((l) => l.id === id)?.title ?? id;
  const rows = h('div', { class: 'letter-picks' });
  const count = Math.max(2, chosen.length);
  for (let i = 0; i < count; i++) rows.append(letterSelect(i, firstPage, picked, chosen[i]));
  const form = h('form', { class: 'card', id: 'compare-form' },
    h('fieldset', {}, h('legend', {}, 'Letters to compare'), rows,
      h('p', {},
        h('button', { type: 'button', class: 'secondary', onclick: () => rows.append(letterSelect(rows.children.length, firstPage, picked, null)) }, 'One more letter'),
        ' ', h('button', { type: 'submit' }, 'Compare'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const ids = [...form.querySelectorAll('select')].map((s) => s.value).filter(Boolean);
    location.hash = `#/compare?letters=${[...new Set(ids)].map(encodeId).join(',')}`;
  });
  main.append(h('h1', {}, 'Compare letters'),
    h('p', {}, 'Pick two or more letters: see who signed them all, and who signed one but not the other — the people to ask next time.'),
    form);

  const ids = [...new Set(chosen)];
  if (ids.length < 2) return { title: 'Compare letters' };
  const results = h('div', { class: 'columns', id: 'compare-results' });
  main.append(results);
  try {
    const data = await query(COMPARE, { ids, first: ids[0], second: ids[1] });
    const [a, b] = [title(ids[0]), title(ids[1])];
    results.append(
      group('signed-all', ids.length > 2 ? `Signed all ${ids.length}` : 'Signed both', `Signed or endorsed every one of the ${ids.length} letters.`,
        data.all, `signed-all-${ids.map(slug).join('-and-')}.csv`.slice(0, 200)),
      group('only-first', 'Only the first', `Signed “${a}” but not “${b}”.`, data.onlyFirst, `signed-${slug(ids[0])}-not-${slug(ids[1])}.csv`),
      group('only-second', 'Only the second', `Signed “${b}” but not “${a}”.`, data.onlySecond, `signed-${slug(ids[1])}-not-${slug(ids[0])}.csv`));
  } catch (e) {
    results.append(errorBox(e.messages ?? e.message));
  }
  return { title: 'Compare letters' };
}
