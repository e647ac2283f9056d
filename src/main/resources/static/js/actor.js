// #/actor/<id>: an actor's letters on a timeline, co-signers, similar groups and sources.
import { query, request } from './api.js';
import { h, href, actorLink, kindLabel, roleLabel, time, sourceItem, errorBox, note } from './dom.js';
import { actorCorrections } from './corrections.js';

const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    id name aliases kind
    ... on Organization { category }
    ... on Lawmaker { party state chamber district }
    ... on Official { title }
    ... on Person { description }
    letters { role title organization letter { id date title addressees { id name } } }
    sources { id title publisher date }
  }
  coSigners(actorId: $id, first: 50) { count actor { id name kind } }
}`;

const SIMILAR = `query Similar($id: ID!) { similarActors(actorId: $id, first: 10) { shared jaccard actor { id name kind } } }`;

function describe(actor) {
  const parts = [kindLabel(actor.kind)];
  if (actor.category) parts.push(actor.category.toLowerCase().replace(/_/g, ' '));
  if (actor.kind === 'LAWMAKER') {
    const seat = [actor.party, actor.state, actor.chamber === 'SENATE' ? 'Senate' : actor.chamber === 'HOUSE' ? `House${actor.district != null ? `, district ${actor.district}` : ''}` : null].filter(Boolean);
    if (seat.length) parts.push(seat.join(', '));
  }
  if (actor.title) parts.push(actor.title);
  if (actor.description) parts.push(actor.description);
  return parts.join(' · ');
}

function timeline(participations) {
  if (!participations.length) return h('p', {}, 'No letters.');
  let year = null;
  const items = [];
  for (const p of participations) {
    const y = p.letter.date ? p.letter.date.slice(0, 4) : 'Undated';
    if (y !== year) {
      year = y;
      items.push(h('li', { class: 'year', 'aria-hidden': 'true' }, y));
    }
    items.push(h('li', { class: 'event' },
      h('div', { class: 'when' }, time(p.letter.date), ' ', h('span', { class: `role role-${p.role.toLowerCase()}` }, roleLabel(p.role))),
      h('div', { class: 'what' }, h('a', { href: href.letter(p.letter.id) }, p.letter.title)),
      p.letter.addressees.length
        ? h('div', { class: 'to' }, 'To ', p.letter.addressees.map((a, i) => [i ? ', ' : '', actorLink(a)]))
        : null,
      p.title ? h('div', { class: 'muted' }, `As ${p.title}${p.organization ? `, ${p.organization}` : ''}`) : null));
  }
  return h('ol', { class: 'timeline', id: 'actor-letters' }, items);
}

export async function actorView(main, id) {
  const data = await query(ACTOR, { id });
  const actor = data.actor;
  if (!actor) {
    main.append(h('h1', {}, 'Not found'), h('p', {}, `Nothing has the id ${id}.`));
    return { title: 'Not found' };
  }
  const similar = h('section', { class: 'card', 'aria-labelledby': 'similar-heading' },
    h('h2', { id: 'similar-heading' }, 'Similar groups'), note('Loading…'));
  main.append(
    h('header', { class: 'page-head' },
      h('h1', { id: 'actor-name' }, actor.name),
      h('p', { class: 'muted' }, describe(actor)),
      actor.aliases.length ? h('p', {}, 'Also known as ', actor.aliases.join(', ')) : null,
      h('p', {}, h('a', { href: `#/network?participant=${encodeURIComponent(actor.id)}` }, 'Network of its letters'))),
    h('div', { class: 'columns' },
      h('section', { class: 'card wide', 'aria-labelledby': 'letters-heading' },
        h('h2', { id: 'letters-heading' }, `Letters (${actor.letters.length})`), timeline(actor.letters)),
      h('section', { class: 'card', 'aria-labelledby': 'cosigners-heading' },
        h('h2', { id: 'cosigners-heading' }, 'Signed together with'),
        data.coSigners.length
          ? h('ol', { class: 'counted', id: 'co-signers' }, data.coSigners.map((c) => h('li', {}, actorLink(c.actor),
            ' ', h('span', { class: 'count', title: 'letters signed together' }, `${c.count} letter${c.count === 1 ? '' : 's'}`))))
          : h('p', {}, 'No co-signers.'),
        data.coSigners.length === 50 ? h('p', { class: 'muted' }, 'The 50 with the most shared letters.') : null),
      similar,
      h('section', { class: 'card', 'aria-labelledby': 'sources-heading' },
        h('h2', { id: 'sources-heading' }, 'Sources'),
        actor.sources.length ? h('ul', { class: 'sources' }, actor.sources.map(sourceItem)) : h('p', {}, 'No sources.'))));

  // Similar groups need Graph Data Science; without it the service says so and the rest of the view stands.
  request(SIMILAR, { id }).then(({ data: d, errors }) => {
    const body = errors.length
      ? errorBox(errors)
      : d.similarActors.length
        ? h('ol', { class: 'counted', id: 'similar' }, d.similarActors.map((s) => h('li', {}, actorLink(s.actor), ' ',
          h('span', { class: 'count', title: 'share of letters in common (Jaccard)' }, `${Math.round(s.jaccard * 100)}% alike, ${s.shared} shared`))))
        : h('p', {}, 'None.');
    similar.replaceChildren(similar.firstChild, body);
  }).catch((e) => similar.replaceChildren(similar.firstChild, errorBox(e.message)));
  actorCorrections(main, actor);
  return { title: actor.name };
}
