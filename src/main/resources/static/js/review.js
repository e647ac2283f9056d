// #/review: the review queue for editors. Each pair of actors that may be one, side by side with their letters and
// sources; a person says "same" (merge), "not the same" (dismiss) or "unsure" (kept, marked), stored with who and when.
import { query, request } from './api.js';
import { h, href, kindLabel, roleLabel, time, errorBox, sourceItem } from './dom.js';
import { editorOnly } from './editors.js';

const SIDE = `fragment Side on Actor {
  id name kind aliases
  letterCount
  letterConnection(first: 5) { totalCount edges { role node { id title date } } }
  sources { id title publisher date }
}`;

const QUEUE = `query Queue($after: String) {
  reviewQueue(first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      score reason status decidedBy decidedAt
      sources { id title publisher date }
      actor { ...Side }
      candidate { ...Side }
    } }
  }
}
${SIDE}`;

const JUDGE = `mutation Judge($a: ID!, $b: ID!, $d: Decision!) {
  judgeCandidate(actorId: $a, otherId: $b, decision: $d) {
    decision decidedBy decidedAt
    candidate { status }
    kept { id name }
  }
}`;

const DECISIONS = {
  SAME: { key: 's', label: 'Same', explain: 'one actor: merge them, keeping the existing one' },
  NOT_SAME: { key: 'n', label: 'Not the same', explain: 'two actors: never propose this pair again' },
  UNSURE: { key: 'u', label: 'Unsure', explain: 'keep it in the queue, marked unsure' },
};

function side(actor, heading, id) {
  const letters = actor.letterConnection;
  return h('section', { class: 'pair-side', 'aria-labelledby': id },
    h('h3', { id }, h('span', { class: 'muted small' }, heading, ': '), h('a', { href: href.actor(actor.id) }, actor.name)),
    h('p', { class: 'small' }, h('span', { class: 'kind' }, kindLabel(actor.kind)), ' ', h('code', {}, actor.id)),
    actor.aliases.length ? h('p', { class: 'small' }, 'Also known as: ', actor.aliases.join('; ')) : null,
    h('h4', {}, `Letters (${letters.totalCount})`),
    letters.edges.length
      ? h('ul', { class: 'plain small pair-letters' }, letters.edges.map((e) => h('li', {},
        time(e.node.date), ' ', h('a', { href: href.letter(e.node.id) }, e.node.title), ' ',
        h('span', { class: `role role-${e.role.toLowerCase()}` }, roleLabel(e.role)))))
      : h('p', { class: 'small muted' }, 'No letters.'),
    letters.totalCount > letters.edges.length ? h('p', { class: 'small' }, h('a', { href: href.actor(actor.id) }, `All ${letters.totalCount} letters`)) : null,
    h('h4', {}, 'Sources'),
    actor.sources.length ? h('ul', { class: 'sources small' }, actor.sources.map(sourceItem)) : h('p', { class: 'small muted' }, 'None.'));
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '';
}

export async function reviewView(main) {
  main.append(h('h1', {}, 'Review queue'));
  if (!(await editorOnly(main, 'settle the review queue'))) return { title: 'Review queue' };

  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite', id: 'review-status' });
  const list = h('ol', { class: 'pairs', id: 'review-pairs' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'review-more', hidden: true }, 'More pairs');
  const total = h('p', { class: 'muted', id: 'review-total' });
  let count = 0;

  main.append(
    h('p', { class: 'help' },
      'Two names that may be one actor. Look at their letters and sources, then say: ',
      h('kbd', {}, 'S'), ' same (they are merged), ', h('kbd', {}, 'N'), ' not the same (set aside for good), or ',
      h('kbd', {}, 'U'), ' unsure (kept, marked). The keys act on the pair that has focus; focus then moves to the next pair. ',
      'Every decision is kept with your name and the time.'),
    total, status, list, h('p', {}, more));

  const setTotal = () => { total.textContent = count ? `${count} pair${count === 1 ? '' : 's'} waiting.` : 'Nothing waits for review.'; };

  function pairItem(pair, index) {
    const n = `${index}-${pair.actor.id}`.replace(/[^a-z0-9-]/gi, '-');
    const buttons = Object.entries(DECISIONS).map(([decision, d]) => h('button', {
      type: 'button', class: decision === 'SAME' ? '' : 'secondary', 'data-decision': decision,
      'aria-keyshortcuts': d.key.toUpperCase(), title: d.explain,
    }, d.label, ' ', h('kbd', { 'aria-hidden': 'true' }, d.key.toUpperCase())));
    const item = h('li', {
      class: `card pair${pair.status === 'UNSURE' ? ' unsure' : ''}`, tabindex: '0',
      'aria-labelledby': `pair-${n}-heading`, 'data-actor': pair.actor.id, 'data-candidate': pair.candidate.id,
    },
      h('h2', { id: `pair-${n}-heading` }, `${pair.actor.name} — ${pair.candidate.name}`),
      h('p', { class: 'small' }, `Score ${pair.score.toFixed(2)}: ${pair.reason}.`,
        pair.status === 'UNSURE' ? h('span', { class: 'unsure-mark' }, ` Marked unsure by ${pair.decidedBy}, ${when(pair.decidedAt)}.`) : null),
      pair.sources.length ? h('p', { class: 'small' }, 'Raised by: ', pair.sources.map((s, i) => [i ? '; ' : '', h('cite', {}, s.title)])) : null,
      h('div', { class: 'pair-sides' }, side(pair.actor, 'New name', `pair-${n}-a`), side(pair.candidate, 'Already in the graph', `pair-${n}-b`)),
      h('div', { class: 'actions', role: 'group', 'aria-label': 'Decision' }, buttons));
    const decide = async (decision) => {
      if (item.dataset.busy) return;
      item.dataset.busy = 'true';
      buttons.forEach((b) => { b.disabled = true; });
      status.textContent = 'Saving…';
      const { data, errors } = await request(JUDGE, { a: pair.actor.id, b: pair.candidate.id, d: decision });
      if (errors.length || !data?.judgeCandidate) {
        delete item.dataset.busy;
        buttons.forEach((b) => { b.disabled = false; });
        status.textContent = '';
        item.querySelector('.error')?.remove();
        item.append(errorBox(errors.length ? errors : ['The decision was not saved.']));
        return;
      }
      const j = data.judgeCandidate;
      const next = nextPair(item);
      if (decision === 'UNSURE') {
        item.classList.add('unsure');
        item.querySelector('.unsure-mark')?.remove();
        item.querySelector('p.small').append(h('span', { class: 'unsure-mark' }, ` Marked unsure by ${j.decidedBy}, ${when(j.decidedAt)}.`));
        delete item.dataset.busy;
        buttons.forEach((b) => { b.disabled = false; });
        status.textContent = `Kept “${pair.actor.name}” and “${pair.candidate.name}” in the queue, marked unsure.`;
      } else {
        item.remove();
        count -= 1;
        more.hidden = list.querySelectorAll('li.pair').length >= count;
        setTotal();
        status.textContent = decision === 'SAME'
          ? `Merged “${pair.actor.name}” into “${j.kept.name}”.`
          : `Set aside: “${pair.actor.name}” and “${pair.candidate.name}” are not the same.`;
      }
      (next ?? (decision === 'UNSURE' ? item : list.querySelector('li.pair')) ?? main).focus();
    };
    buttons.forEach((b) => b.addEventListener('click', () => decide(b.dataset.decision)));
    item.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.target.matches('input, textarea, select')) return;
      const decision = Object.keys(DECISIONS).find((k) => DECISIONS[k].key === e.key.toLowerCase());
      if (decision) { e.preventDefault(); decide(decision); }
    });
    return item;
  }

  const nextPair = (item) => {
    let next = item.nextElementSibling;
    while (next && !next.matches('li.pair')) next = next.nextElementSibling;
    return next;
  };

  // Decisions take pairs out of the queue (and unsure ones move to its end), so the next page is found by reading the
  // queue again and keeping the pairs not shown yet.
  const key = (pair) => `${pair.actor.id}|${pair.candidate.id}`;
  const shown = new Set();
  async function load() {
    more.disabled = true;
    let after = null;
    let added = 0;
    for (;;) {
      const page = (await query(QUEUE, { after })).reviewQueue;
      count = page.totalCount;
      for (const e of page.edges) {
        if (added >= 20 || shown.has(key(e.node))) continue;
        shown.add(key(e.node));
        list.append(pairItem(e.node, shown.size));
        added += 1;
      }
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage || added >= 20) {
        break;
      }
    }
    more.hidden = list.querySelectorAll('li.pair').length >= count;
    more.disabled = false;
    setTotal();
  }
  more.addEventListener('click', load);
  await load();
  return { title: 'Review queue', focus: list.querySelector('li.pair') ?? undefined };
}
