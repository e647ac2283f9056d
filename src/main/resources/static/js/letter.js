// #/letter/<id>: the header, signers in order with a filter, leads, endorsers, sources, CSV.
import { query, allSigners } from './api.js';
import { h, href, actorLink, kindLabel, time, sourceItem, encodeId } from './dom.js';
import { letterCorrections } from './corrections.js';

const LETTER = `query Letter($id: ID!) {
  letter(id: $id) {
    id title titleIsDescriptive date asks reportedSignerCount reportedSignerCountQualifier
    parties { role title organization position actor { id name kind } }
    concerns { ask program { id name } }
    sources { id title publisher date }
  }
}`;

const QUALIFIER = { EXACTLY: '', ABOUT: 'about ', MORE_THAN: 'more than ' };

function party(p) {
  const office = [p.title, p.organization].filter(Boolean).join(', ');
  return h('li', {}, actorLink(p.actor), office ? h('span', { class: 'muted' }, ` — ${office}`) : null);
}

function partyList(parties, role, heading, id) {
  const list = parties.filter((p) => p.role === role).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  if (!list.length) return null;
  return [h('dt', {}, heading), h('dd', {}, h('ul', { class: 'plain', id }, list.map(party)))];
}

function normalise(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function signerList(edges) {
  const items = edges.map((e) => {
    const li = h('li', { value: e.position, class: e.role === 'LEAD' ? 'lead' : null },
      actorLink(e.node),
      e.role === 'LEAD' ? h('span', { class: 'role role-lead' }, 'lead') : null,
      e.node.kind !== 'ORGANIZATION' ? h('span', { class: 'kind' }, kindLabel(e.node.kind)) : null);
    li.dataset.match = normalise([e.node.name, ...e.node.aliases].join(' '));
    return li;
  });
  const list = h('ol', { class: 'signers', id: 'signer-list' }, items);
  const count = h('p', { id: 'signer-count', role: 'status', 'aria-live': 'polite' }, `${edges.length} signers`);
  const filter = h('input', { id: 'signer-filter', type: 'search', autocomplete: 'off', placeholder: 'Part of a name' });
  filter.addEventListener('input', () => {
    const wanted = normalise(filter.value.trim());
    let shown = 0;
    for (const li of items) {
      const hit = !wanted || li.dataset.match.includes(wanted);
      li.hidden = !hit;
      if (hit) shown++;
    }
    count.textContent = wanted ? `${shown} of ${edges.length} signers match` : `${edges.length} signers`;
  });
  return [h('div', { class: 'filter' }, h('label', { for: 'signer-filter' }, 'Find a signer'), filter), count, list];
}

export async function letterView(main, id) {
  const [data, signers] = await Promise.all([query(LETTER, { id }), allSigners(id)]);
  const letter = data.letter;
  if (!letter) {
    main.append(h('h1', {}, 'Not found'), h('p', {}, `No letter has the id ${id}.`));
    return { title: 'Not found' };
  }
  const reported = letter.reportedSignerCount != null
    ? `${QUALIFIER[letter.reportedSignerCountQualifier] ?? ''}${letter.reportedSignerCount} signers reported` : null;
  const leads = letter.parties.filter((p) => p.role === 'LEAD');
  main.append(
    h('header', { class: 'page-head' },
      h('p', { class: 'muted' }, time(letter.date), reported ? ` · ${reported}` : null),
      h('h1', { id: 'letter-title' }, letter.title, letter.titleIsDescriptive ? h('span', { class: 'muted small' }, ' (described; no subject line)') : null),
      h('dl', { class: 'facts' },
        partyList(letter.parties, 'ADDRESSEE', 'To', 'addressees'),
        partyList(letter.parties, 'CC', 'Cc', 'cc'),
        letter.concerns.length ? [h('dt', {}, 'Programs'), h('dd', {}, h('ul', { class: 'plain' }, letter.concerns.map((c) => h('li', {},
          h('a', { href: href.program(c.program.id) }, c.program.name), c.ask ? h('span', { class: 'muted' }, ` — ${c.ask}`) : null))))] : null,
        letter.asks.length ? [h('dt', {}, 'Asks'), h('dd', {}, h('ul', { class: 'plain' }, letter.asks.map((a) => h('li', {}, a))))] : null),
      h('p', { class: 'actions' },
        h('a', { class: 'button', href: `/export/letters/${encodeURIComponent(letter.id)}/signers.csv`, download: '', id: 'signers-csv' }, 'Download signers (CSV)'),
        ' ', h('a', { class: 'button secondary', href: `#/compare?letters=${encodeId(letter.id)}` }, 'Compare with another letter'),
        letter.date ? [' ', h('a', { class: 'button secondary', href: `#/network?from=${letter.date}&to=${letter.date}` }, 'Network of that day\u2019s letters')] : null)),
    h('div', { class: 'columns' },
      h('section', { class: 'card wide', 'aria-labelledby': 'signers-heading' },
        h('h2', { id: 'signers-heading' }, 'Signers in order'),
        signers.length ? signerList(signers) : h('p', {}, 'No signature list is known.')),
      h('section', { class: 'card', 'aria-labelledby': 'leads-heading' },
        h('h2', { id: 'leads-heading' }, 'Leads and endorsers'),
        h('dl', { class: 'facts' },
          partyList(letter.parties, 'LEAD', 'Led by', 'leads') ?? [h('dt', {}, 'Led by'), h('dd', {}, leads.length ? '' : 'No lead is known.')],
          partyList(letter.parties, 'ENDORSER', 'Endorsed by', 'endorsers') ?? [h('dt', {}, 'Endorsed by'), h('dd', {}, 'No endorsers are known.')])),
      h('section', { class: 'card', 'aria-labelledby': 'sources-heading' },
        h('h2', { id: 'sources-heading' }, 'Sources'),
        letter.sources.length ? h('ul', { class: 'sources' }, letter.sources.map(sourceItem)) : h('p', {}, 'No sources.'))));
  letterCorrections(main, letter, signers);
  return { title: letter.title };
}
