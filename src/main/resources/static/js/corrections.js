// Corrections in the page: for editors, forms on the letter and actor views that call the correction mutations;
// for everyone, the history of the letter or actor. Nothing here runs inline: every handler is attached in code.
import { request } from './api.js';
import { h, actorLink, kindLabel, roleLabel, errorBox, note } from './dom.js';

let stylesheet = false;
function addStyles() {
  if (stylesheet) return;
  stylesheet = true;
  document.head.append(h('link', { rel: 'stylesheet', href: 'css/corrections.css' }));
}

/** Whether the person signed in may write: the page marks editors on the body; the session module knows too. */
export async function isEditor() {
  if (document.body.dataset.editor === 'true') return true;
  try {
    const session = await import('./session.js');
    const user = await session.currentUser();
    return Boolean(user && user.editor);
  } catch (e) {
    return false;
  }
}

/** Runs a mutation; resolves to its data, or throws with the service's own words. */
async function mutate(text, variables) {
  const { data, errors } = await request(text, variables);
  if (errors.length) {
    const error = new Error(errors.join(' '));
    error.messages = errors;
    throw error;
  }
  return data;
}

/** Renders the current view again (the router listens for hash changes). */
function reload() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function status(id) {
  return h('div', { id, class: 'correction-status', role: 'status', 'aria-live': 'polite' });
}

function show(box, messageOrError) {
  if (messageOrError instanceof Error) box.replaceChildren(errorBox(messageOrError.messages ?? messageOrError.message));
  else box.replaceChildren(note(messageOrError));
}

/** A labelled field. */
function field(label, input) {
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
}

/** A search for existing actors: type, pick one from the buttons listed. */
function actorPicker(prefix, label, onPick, exceptId) {
  const input = h('input', { id: `${prefix}-search`, type: 'search', autocomplete: 'off', placeholder: 'Part of a name' });
  const results = h('ul', { id: `${prefix}-results`, class: 'plain picker-results', 'aria-live': 'polite' });
  let timer = null;
  let asked = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = input.value.trim();
      const ticket = ++asked;
      if (text.length < 2) { results.replaceChildren(); return; }
      const { data, errors } = await request(`query Pick($text: String!) { search(text: $text, first: 8) { id name kind } }`, { text });
      if (ticket !== asked) return;
      if (errors.length) { results.replaceChildren(h('li', {}, errors.join(' '))); return; }
      const found = data.search.filter((a) => a.id !== exceptId);
      results.replaceChildren(...(found.length ? found.map((a) => h('li', {},
        h('button', { type: 'button', class: 'secondary pick', 'data-id': a.id, onclick: () => onPick(a) }, a.name),
        ' ', h('span', { class: 'kind' }, kindLabel(a.kind)))) : [h('li', { class: 'muted' }, 'No actor has a name like that.')]));
    }, 200);
  });
  return h('div', { class: 'picker' }, field(label, input), results);
}

// The letter view

const SIGNATURE_ROLES = ['LEAD', 'SIGNER', 'ENDORSER'];

/**
 * Editors' corrections of a letter: its date and title, who signed it and how, and retracting it.
 * @param letter the letter as the view read it (id, title, date, parties)
 * @param signers the view's signer edges (position, role, node)
 */
export async function letterCorrections(main, letter, signers) {
  addStyles();
  main.append(historySection(letter.id));
  if (!(await isEditor())) return;
  const participants = [
    ...signers.map((e) => ({ actor: e.node, role: e.role })),
    ...letter.parties.filter((p) => p.role === 'ENDORSER').map((p) => ({ actor: p.actor, role: p.role })),
  ];
  const section = h('section', { class: 'card corrections', id: 'letter-corrections', 'aria-labelledby': 'corrections-heading' },
    h('h2', { id: 'corrections-heading' }, 'Correct this letter'),
    factsForm(letter), participantsForm(letter, participants), addSignerForm(letter), retractPanel(letter));
  main.append(section);
}

function factsForm(letter) {
  const date = h('input', { id: 'edit-date', type: 'date', value: letter.date ?? '' });
  const title = h('input', { id: 'edit-title', type: 'text', value: letter.title, required: true });
  const box = status('edit-letter-status');
  const form = h('form', { id: 'edit-letter-form', class: 'correction' },
    h('h3', {}, 'Date and title'), field('Date', date), field('Title', title),
    h('button', { type: 'submit', id: 'edit-letter-save' }, 'Save'), box);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = { title: title.value, date: date.value || null };
    try {
      const data = await mutate(`mutation Edit($id: ID!, $input: UpdateLetterInput!) {
        updateLetter(id: $id, input: $input) { changes { summary } } }`, { id: letter.id, input });
      const changes = data.updateLetter.changes;
      if (!changes.length) { show(box, 'Nothing changed.'); return; }
      reload();
    } catch (err) { show(box, err); }
  });
  return form;
}

function participantsForm(letter, participants) {
  if (!participants.length) return null;
  const select = h('select', { id: 'participant-select' }, participants.map((p, i) =>
    h('option', { value: String(i) }, `${p.actor.name} (${roleLabel(p.role)})`)));
  const role = h('select', { id: 'participant-role' }, SIGNATURE_ROLES.map((r) => h('option', { value: r }, roleLabel(r))));
  const box = status('participant-status');
  const chosen = () => participants[Number(select.value)];
  const sync = () => { role.value = chosen().role; };
  select.addEventListener('change', sync);
  sync();
  const change = h('button', { type: 'button', id: 'participant-change' }, 'Change role');
  const remove = h('button', { type: 'button', id: 'participant-remove', class: 'danger' }, 'Take off the letter');
  change.addEventListener('click', async () => {
    const p = chosen();
    try {
      await mutate(`mutation Role($l: ID!, $a: ID!, $from: Role!, $to: Role!) {
        changeRole(letterId: $l, actorId: $a, from: $from, to: $to) { changes { summary } } }`,
      { l: letter.id, a: p.actor.id, from: p.role, to: role.value });
      reload();
    } catch (err) { show(box, err); }
  });
  remove.addEventListener('click', async () => {
    const p = chosen();
    try {
      await mutate(`mutation Remove($l: ID!, $a: ID!, $role: Role!) {
        removeParticipant(letterId: $l, actorId: $a, role: $role) { changes { summary } } }`,
      { l: letter.id, a: p.actor.id, role: p.role });
      reload();
    } catch (err) { show(box, err); }
  });
  return h('div', { class: 'correction', id: 'participants-form' },
    h('h3', {}, 'Signers and roles'), field('Signer', select), field('Role', role),
    h('p', { class: 'actions' }, change, ' ', remove), box);
}

function addSignerForm(letter) {
  const role = h('select', { id: 'add-signer-role' }, SIGNATURE_ROLES.map((r) => h('option', { value: r, selected: r === 'SIGNER' }, roleLabel(r))));
  const box = status('add-signer-status');
  const picker = actorPicker('add-signer', 'Find an actor the graph holds', async (actor) => {
    try {
      await mutate(`mutation Add($input: AddParticipantInput!) { addParticipant(input: $input) { changes { summary } } }`,
        { input: { letterId: letter.id, actorId: actor.id, role: role.value } });
      reload();
    } catch (err) { show(box, err); }
  });
  return h('div', { class: 'correction', id: 'add-signer-form' },
    h('h3', {}, 'Add a signer'), field('As', role), picker,
    h('p', { class: 'muted small' }, 'The new signature cites the letter\u2019s own sources.'), box);
}

function retractPanel(letter) {
  const box = status('retract-status');
  const panel = h('div', { class: 'correction danger-zone', id: 'retract-panel' }, h('h3', {}, 'Retract'),
    h('p', {}, 'Retracting removes this letter and every signature, addressee and program link it has. The history keeps a record.'));
  const start = h('button', { type: 'button', id: 'retract-letter', class: 'danger' }, 'Retract this letter\u2026');
  const confirm = h('div', { id: 'retract-confirm', hidden: true, role: 'alertdialog', 'aria-labelledby': 'retract-question' },
    h('p', { id: 'retract-question' }, `Retract \u201c${letter.title}\u201d? This cannot be undone from the page.`));
  const yes = h('button', { type: 'button', id: 'retract-yes', class: 'danger' }, 'Yes, retract it');
  const no = h('button', { type: 'button', id: 'retract-no', class: 'secondary' }, 'Cancel');
  confirm.append(h('p', { class: 'actions' }, yes, ' ', no));
  start.addEventListener('click', () => { confirm.hidden = false; start.hidden = true; no.focus(); });
  no.addEventListener('click', () => { confirm.hidden = true; start.hidden = false; start.focus(); });
  yes.addEventListener('click', async () => {
    try {
      const data = await mutate(`mutation Retract($id: ID!) { retractLetter(id: $id) { id title leftWithNothing { id name kind } } }`, { id: letter.id });
      confirm.hidden = true;
      panel.replaceChildren(h('h3', {}, 'Retracted'), retracted(data.retractLetter));
    } catch (err) { show(box, err); }
  });
  panel.append(start, confirm, box);
  return panel;
}

/** After a retraction: the actors it left with nothing, each to be removed only if the person ticks it. */
function retracted(result) {
  const done = h('div', { id: 'retract-result' }, note(`\u201c${result.title}\u201d was retracted.`));
  if (!result.leftWithNothing.length) {
    done.append(h('p', {}, 'No actor was left with nothing. ', h('a', { href: '#/' }, 'Back to the letters')));
    return done;
  }
  const boxes = result.leftWithNothing.map((a) => h('input', { type: 'checkbox', id: `orphan-${a.id}`, value: a.id, checked: true }));
  const box = status('orphans-status');
  const remove = h('button', { type: 'button', id: 'remove-orphans', class: 'danger' }, 'Remove the ticked actors');
  remove.addEventListener('click', async () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!ids.length) { show(box, 'Nothing ticked; every actor stays.'); return; }
    try {
      const data = await mutate(`mutation RemoveActors($ids: [ID!]!) { removeActors(ids: $ids) { removedIds } }`, { ids });
      remove.disabled = true;
      show(box, `Removed ${data.removeActors.removedIds.length} actor${data.removeActors.removedIds.length === 1 ? '' : 's'}.`);
    } catch (err) { show(box, err); }
  });
  done.append(h('p', {}, 'These actors took part in it and now have no letter and no source. Remove them too?'),
    h('ul', { class: 'plain', id: 'orphans' }, result.leftWithNothing.map((a, i) => h('li', {}, boxes[i], ' ',
      h('label', { for: boxes[i].id }, a.name), ' ', h('span', { class: 'kind' }, kindLabel(a.kind))))),
    h('p', { class: 'actions' }, remove, ' ', h('a', { href: '#/' }, 'Keep them and go back to the letters')), box);
  return done;
}

// The actor view

/** Editors' corrections of an actor: rename, merge another into it, undo a merge; and its history for everyone. */
export async function actorCorrections(main, actor) {
  addStyles();
  main.append(historySection(actor.id));
  if (!(await isEditor())) return;
  const { data } = await request(`query Merges($id: ID!) { actor(id: $id) { merges { id at by mergedIds } } }`, { id: actor.id });
  const merges = data?.actor?.merges ?? [];
  main.append(h('section', { class: 'card corrections', id: 'actor-corrections', 'aria-labelledby': 'corrections-heading' },
    h('h2', { id: 'corrections-heading' }, 'Correct this actor'),
    renameForm(actor), mergeForm(actor), merges.length ? unmergePanel(actor, merges[0]) : null));
}

function renameForm(actor) {
  const name = h('input', { id: 'rename-name', type: 'text', value: actor.name, required: true });
  const box = status('rename-status');
  const form = h('form', { id: 'rename-form', class: 'correction' }, h('h3', {}, 'Rename'), field('Name', name),
    h('p', { class: 'muted small' }, 'The old name stays as an alias, so the actor is still found by it.'),
    h('button', { type: 'submit', id: 'rename-save' }, 'Rename'), box);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const data = await mutate(`mutation Rename($id: ID!, $name: String!) { renameActor(id: $id, name: $name) { changes { summary } } }`,
        { id: actor.id, name: name.value });
      if (!data.renameActor.changes.length) { show(box, 'It already has that name.'); return; }
      reload();
    } catch (err) { show(box, err); }
  });
  return form;
}

function mergeForm(actor) {
  const box = status('merge-status');
  const confirm = h('div', { id: 'merge-confirm', hidden: true });
  const picker = actorPicker('merge', 'Find the actor that is the same as this one', (other) => {
    const yes = h('button', { type: 'button', id: 'merge-yes' }, `Merge ${other.name} into ${actor.name}`);
    const no = h('button', { type: 'button', class: 'secondary', id: 'merge-no' }, 'Cancel');
    yes.addEventListener('click', async () => {
      try {
        await mutate(`mutation Merge($k: ID!, $m: [ID!]!) { mergeActors(keepId: $k, mergeIds: $m) { id } }`, { k: actor.id, m: [other.id] });
        reload();
      } catch (err) { show(box, err); }
    });
    no.addEventListener('click', () => { confirm.hidden = true; confirm.replaceChildren(); });
    confirm.replaceChildren(h('p', {}, `${other.name} (${other.id}) and every letter, alias and source of it become part of ${actor.name}. `
      + 'The merge is recorded and can be undone.'), h('p', { class: 'actions' }, yes, ' ', no));
    confirm.hidden = false;
    yes.focus();
  }, actor.id);
  return h('div', { class: 'correction', id: 'merge-form' }, h('h3', {}, 'Merge another actor into this one'), picker, confirm, box);
}

function unmergePanel(actor, merge) {
  const box = status('unmerge-status');
  const button = h('button', { type: 'button', id: 'unmerge-button', class: 'danger' }, 'Un-merge');
  button.addEventListener('click', async () => {
    try {
      const data = await mutate(`mutation Unmerge($id: ID!) { unmergeActor(id: $id) { restored { id name } } }`, { id: actor.id });
      box.replaceChildren(note('Split back out: '), h('ul', { class: 'plain', id: 'unmerged' },
        data.unmergeActor.restored.map((a) => h('li', {}, actorLink(a)))));
      button.disabled = true;
    } catch (err) { show(box, err); }
  });
  return h('div', { class: 'correction', id: 'unmerge-panel' }, h('h3', {}, 'Undo a merge'),
    h('p', {}, `${actor.name} was made by merging ${merge.mergedIds.join(', ')} into it (by ${merge.by}, ${new Date(merge.at).toLocaleString()}).`),
    button, box);
}

// History, for everyone

const HISTORY = `query History($id: ID!, $after: String) {
  history(id: $id, first: 20, after: $after) {
    totalCount
    edges { node { at by action field before after summary } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function change(c) {
  const values = c.field && (c.before != null || c.after != null)
    ? h('div', { class: 'muted small' }, `${c.field}: ${c.before ?? '(none)'} \u2192 ${c.after ?? '(none)'}`) : null;
  return h('li', {}, h('time', { datetime: c.at }, new Date(c.at).toLocaleString()), ' ', h('strong', {}, c.by), ' \u2014 ', c.summary, values);
}

/** The history section: newest change first, a page at a time. */
export function historySection(id) {
  const list = h('ol', { class: 'history', id: 'history-list' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'history-more', hidden: true }, 'Older changes');
  const section = h('section', { class: 'card history-card', id: 'history', 'aria-labelledby': 'history-heading' },
    h('h2', { id: 'history-heading' }, 'History'), list, more);
  let after = null;
  async function page() {
    const { data, errors } = await request(HISTORY, { id, after });
    if (errors.length) {
      // An id nobody ever changed has no history yet.
      if (!list.children.length) list.replaceWith(h('p', { class: 'muted', id: 'history-list' }, 'No corrections yet.'));
      return;
    }
    const { edges, pageInfo } = data.history;
    if (!edges.length && !list.children.length) {
      list.replaceWith(h('p', { class: 'muted', id: 'history-list' }, 'No corrections yet.'));
      return;
    }
    list.append(...edges.map((e) => change(e.node)));
    after = pageInfo.endCursor;
    more.hidden = !pageInfo.hasNextPage;
  }
  more.addEventListener('click', page);
  page();
  return section;
}

