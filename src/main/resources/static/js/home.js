// #/ : the help line, the search box and the letters, newest first, a page at a time.
import { findLetters, query } from './api.js';
import { h, href, actorLink, time, encodeId } from './dom.js';
import { searchBox } from './search.js';

export async function homeView(main) {
  const box = searchBox({ label: 'Find a group, lawmaker, official or program' });
  main.append(
    h('h1', {}, 'Who signs the letters'),
    h('p', { class: 'help', id: 'help' },
      'Type a name or an acronym and pick a suggestion with the arrow keys and Enter. ',
      'Open a letter to see its signers, compare two letters to find who to ask next, ',
      'or look at the network of groups that sign together. Every page has its own link to share.'),
    box.form);
  const [first, stats] = await Promise.all([findLetters(''), query('{ stats { letters organizations signatures } }')]);
  const letters = first.letters;
  const item = (l) => h('li', {},
    time(l.date), ' ', h('a', { href: href.letter(l.id) }, l.title),
    l.addressees.length ? h('span', { class: 'muted' }, ' — to ', l.addressees.map((a, i) => [i ? ', ' : '', actorLink(a)])) : null);
  const list = h('ul', { class: 'letter-list', id: 'letters' }, letters.map(item));
  const shown = h('p', { class: 'muted', id: 'letters-shown', role: 'status' });
  let cursor = first.endCursor;
  const more = h('button', { type: 'button', class: 'secondary', id: 'more-letters', hidden: !first.hasNextPage }, 'Show more letters');
  const count = () => { shown.textContent = `Showing ${list.children.length} of ${first.totalCount} letters.`; };
  more.addEventListener('click', async () => {
    more.disabled = true;
    const page = await findLetters('', cursor);
    list.append(...page.letters.map(item));
    cursor = page.endCursor;
    more.hidden = !page.hasNextPage;
    more.disabled = false;
    count();
  });
  count();
  main.append(
    h('section', { 'aria-labelledby': 'letters-heading' },
      h('h2', { id: 'letters-heading' }, 'Letters'),
      h('p', { class: 'muted' }, `${stats.stats.letters} letters, ${stats.stats.organizations} organizations, ${stats.stats.signatures} signatures.`),
      list, shown, h('p', {}, more),
      letters.length >= 2
        ? h('p', {}, h('a', { class: 'button secondary', href: `#/compare?letters=${encodeId(letters[0].id)},${encodeId(letters[1].id)}` }, 'Compare the two newest letters'),
          ' ', h('a', { class: 'button secondary', href: '#/network' }, 'See the network'))
        : null));
  return { title: null, focus: box.input };
}
