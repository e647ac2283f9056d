// #/compare?letters=<id>,<id>[,…]: who signed all, only the first, only the second; each as CSV.
import { query, allLetters } from './api.js';
import { h, actorLink, kindLabel, csvDownload, slug, errorBox, formatDate, encodeId } from './dom.js';

const COMPARE = `query Compare($ids: [ID!]!, $first: ID!, $second: ID!) {
  all: commonSigners(letterIds: $ids) { id name kind }
  onlyFirst: signedButNot(signed: $first, notSigned: $second) { id name kind }
  onlySecond: signedButNot(signed: $second, notSigned: $first) { id name kind }
}`;

function letterSelect(index, letters, selected) {
  const id = `compare-letter-${index}`;
  const select = h('select', { id, name: 'letter', required: index < 2 },
    h('option', { value: '' }, index < 2 ? 'Choose a letter' : '(none)'),
    letters.map((l) => h('option', { value: l.id, selected: l.id === selected }, `${formatDate(l.date)} — ${l.title}`)));
  return h('div', { class: 'field' }, h('label', { for: id }, index === 0 ? 'First letter' : index === 1 ? 'Second letter' : `Letter ${index + 1}`), select);
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
  const letters = await allLetters();
  const title = (id) => letters.find((l) => l.id === id)?.title ?? id;
  const rows = h('div', { class: 'letter-picks' });
  const count = Math.max(2, chosen.length);
  for (let i = 0; i < count; i++) rows.append(letterSelect(i, letters, chosen[i]));
  const form = h('form', { class: 'card', id: 'compare-form' },
    h('fieldset', {}, h('legend', {}, 'Letters to compare'), rows,
      h('p', {},
        h('button', { type: 'button', class: 'secondary', onclick: () => rows.append(letterSelect(rows.children.length, letters, null)) }, 'Add a letter'),
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
