// #/add: an editor adds a letter. A file (PDF, Word, web page, text) or pasted text, with its signers' CSV export if
// there is one, is read by a dry run of ingestLetter; the record it was read as comes back as a form to correct
// (date, title, addressees, programs, leads, endorsers, signers in order with their place, each name marked matched /
// new / needs review); what is written is the corrected record, through ingestLetter's record input.
import * as api from './api.js';
import { h, href, errorBox } from './dom.js';
import { editorOnly } from './editors.js';

const RECORD = `
fragment P on Participant { id name kind aliases title organization location }
fragment Read on IngestLetterPayload {
  dryRun
  letter { id title date }
  record {
    id title titleIsDescriptive date asks reportedSignerCount reportedSignerCountQualifier sources
    sourceDetails { id title publisher date dateNote kind author location }
    reports { source signerCount signerCountQualifier }
    programs { program ask }
    leads { ...P } signers { ...P } endorsers { ...P } addressees { ...P } cc { ...P }
  }
  created { name actorId how }
  matched { name actorId how }
  review { actorId actorName candidateId candidateName score reason }
  needsName { role field title surname written candidates { actorId name titles } }
  proposedPrograms { program ask }
  warnings
  errors { message line }
}`;

const INGEST = `mutation Ingest($input: IngestLetterInput!) { ingestLetter(input: $input) { ...Read } }
${RECORD}`;

/** The roles of a letter record, how the form shows each and which columns a row of it has. */
const ROLES = [
  { field: 'addressees', title: 'Addressees', one: 'addressee', columns: ['name', 'title', 'organization'] },
  { field: 'cc', title: 'Copied (cc)', one: 'cc', columns: ['name', 'title', 'organization'] },
  { field: 'leads', title: 'Leads', one: 'lead', columns: ['name', 'location'], ordered: true },
  { field: 'signers', title: 'Signers, in order', one: 'signer', columns: ['name', 'location'], ordered: true },
  { field: 'endorsers', title: 'Endorsers', one: 'endorser', columns: ['name'] },
];

const COLUMN_LABELS = { name: 'Name', title: 'Title', organization: 'Organization', location: 'Place' };

// --- ids as the service makes them (names/Slugs.java, ingest/text/PlainTextLetterParser.forIds) ---------------

/** "Make the Road New Jersey" → make-the-road-new-jersey, as the service's Slugs.of. */
export function slugOf(text) {
  const folded = String(text).normalize('NFD').replace(/\p{M}+/gu, '');
  const slug = folded.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.length > 80 ? slug.slice(0, 80).replace(/-+$/, '') : slug;
}

const forIds = (title) => String(title).replace(/(\d)\s*\(([A-Za-z0-9]{1,2})\)/g, '$1$2');
const derivedId = (prefix, date, title) => `${prefix}:${date || 'undated'}-${slugOf(forIds(title))}`;

/** A name as the service compares names: case, accents, punctuation, a trailing "(ACRONYM)", a leading "The" aside. */
export function nameKey(name) {
  return String(name ?? '').replace(/\s*\([^)]*\)\s*$/, '').normalize('NFD').replace(/\p{M}+/gu, '')
    .toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

// --- sending ----------------------------------------------------------------------------------------------------

/** POST /graphql with upload progress (fetch reports none), sending the CSRF header as request() does. */
async function sendWithProgress(text, variables, onProgress) {
  const headers = (await api.csrfHeaders?.()) ?? {};
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/graphql-response+json, application/json');
    for (const [k, v] of Object.entries(headers ?? {})) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); });
    xhr.upload.addEventListener('load', () => onProgress(1, 1, true));
    xhr.addEventListener('load', () => {
      let body;
      try { body = JSON.parse(xhr.responseText); } catch (e) { reject(new Error(`The service answered ${xhr.status} without GraphQL.`)); return; }
      const errors = (body.errors ?? []).map((e) => e.message);
      if (errors.length) reject(Object.assign(new Error(errors.join(' ')), { messages: errors }));
      else resolve(body.data);
    });
    xhr.addEventListener('error', () => reject(new Error('The service cannot be reached. Is it running?')));
    xhr.send(JSON.stringify({ query: text, variables }));
  });
}

function readFile(file, as, onProgress) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress?.(e.loaded, e.total); });
    reader.addEventListener('load', () => resolve(reader.result));
    reader.addEventListener('error', () => reject(new Error(`${file.name} cannot be read.`)));
    if (as === 'text') reader.readAsText(file); else reader.readAsDataURL(file);
  });
}

const megabytes = (n) => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MB`;

// --- the record the form edits ----------------------------------------------------------------------------------

/** A participant as the record format takes it: only the fields that say something. */
function participantOut(p) {
  const out = {};
  for (const k of ['id', 'name', 'kind', 'title', 'organization', 'location']) {
    const v = typeof p[k] === 'string' ? p[k].trim() : p[k];
    if (v) out[k] = v;
  }
  if (p.aliases?.length) out.aliases = p.aliases;
  return out;
}

/** The fields that say something: no nulls, empty texts or empty lists (the record format refuses nulls). */
function withoutEmpty(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
}

/**
 * The corrected record, as JSON for ingestLetter's record input. When the title or date was corrected, the ids the
 * service derived from them (the letter's, the document's own source) follow, as the service would derive them.
 */
export function recordOut(state) {
  const { read, letter } = state;
  const title = letter.title.trim();
  const date = letter.date || null;
  let id = read.id;
  let sources = [...read.sources];
  let sourceDetails = read.sourceDetails.map((s) => withoutEmpty({ ...s }));
  let reports = read.reports.map((r) => withoutEmpty({ ...r }));
  if (title !== read.title || date !== (read.date ?? null)) {
    if (!id || id === derivedId('letter', read.date, read.title)) id = derivedId('letter', date, title);
    const oldSource = derivedId('source', read.date, read.title);
    const own = sourceDetails.find((s) => s.id === oldSource && s.kind === 'LETTER');
    if (own) {
      const renewed = derivedId('source', date, title);
      const swap = (s) => (s === oldSource ? renewed : s);
      sources = sources.map(swap);
      reports = reports.map((r) => ({ ...r, source: swap(r.source) }));
      own.id = renewed;
      if (own.title === read.title) own.title = title;
      if ((own.date ?? null) === (read.date ?? null)) { if (date) own.date = date; else delete own.date; }
    }
  }
  const count = letter.reportedSignerCount === '' || letter.reportedSignerCount == null ? null : Number(letter.reportedSignerCount);
  const out = {
    id, title, titleIsDescriptive: read.titleIsDescriptive || undefined, date,
    asks: state.asks.map((a) => a.trim()).filter(Boolean),
    reportedSignerCount: Number.isFinite(count) ? count : null,
    reportedSignerCountQualifier: Number.isFinite(count) ? letter.reportedSignerCountQualifier || null : null,
    sources, sourceDetails, reports: Number.isFinite(count) ? reports : [],
    programs: state.programs.filter((p) => p.program).map((p) => withoutEmpty({ program: p.program, ask: p.ask?.trim() })),
  };
  for (const role of ROLES) out[role.field] = state.rows[role.field].map((r) => participantOut(r)).filter((p) => p.name || p.id);
  return JSON.stringify(withoutEmpty(out), null, 1);
}

// --- marks: matched / new / needs review ------------------------------------------------------------------------

function marksFrom(payload) {
  const byKey = new Map();
  for (const m of payload.matched) byKey.set(nameKey(m.name), { state: 'matched', actorId: m.actorId, how: m.how });
  const review = new Map();
  for (const r of payload.review) {
    if (!review.has(r.actorId)) review.set(r.actorId, []);
    review.get(r.actorId).push(r);
  }
  for (const c of payload.created) {
    const candidates = review.get(c.actorId);
    byKey.set(nameKey(c.name), candidates ? { state: 'review', actorId: c.actorId, candidates } : { state: 'new', actorId: c.actorId });
  }
  const byField = new Map(payload.needsName.map((q) => [q.field, { state: 'name', question: q }]));
  const byId = new Map(payload.matched.map((m) => [m.actorId, { state: 'matched', actorId: m.actorId, how: m.how }]));
  return (field, index, p) => byField.get(`${field}[${index}]`)
    ?? (p.id ? byId.get(p.id) : null)
    ?? byKey.get(nameKey(p.name))
    ?? { state: 'unknown' };
}

function markView(mark) {
  switch (mark.state) {
    case 'matched':
      return h('span', { class: 'mark mark-matched' }, 'matched: ', h('a', { href: href.actor(mark.actorId) }, mark.actorId),
        mark.how && mark.how !== 'NAME' ? ` (by ${mark.how.toLowerCase().replace(/_/g, ' ')})` : null);
    case 'new':
      return h('span', { class: 'mark mark-new' }, 'new');
    case 'review':
      return h('span', { class: 'mark mark-review' }, 'new, needs review: may be ',
        mark.candidates.map((c, i) => [i ? ' or ' : '', h('a', { href: href.actor(c.candidateId) }, c.candidateName), ` (${c.reason}, ${c.score.toFixed(2)})`]));
    case 'name':
      return h('span', { class: 'mark mark-review' }, `needs a full name: “${mark.question.written}”`,
        mark.question.candidates.length ? [' — perhaps ', mark.question.candidates.map((c, i) => [i ? ', ' : '', c.name])] : ' — no one in the graph fits');
    case 'edited':
      return h('span', { class: 'mark mark-edited' }, 'changed: check again');
    default:
      return h('span', { class: 'mark mark-edited' }, 'not checked yet');
  }
}

// --- the view ---------------------------------------------------------------------------------------------------

export async function addLetterView(main) {
  main.append(h('h1', {}, 'Add a letter'));
  if (!(await editorOnly(main, 'add letters'))) return { title: 'Add a letter' };

  const status = h('p', { class: 'status-line', id: 'add-status', role: 'status', 'aria-live': 'polite' });
  const progress = h('progress', { id: 'add-progress', max: '100', hidden: true });
  const preview = h('section', { id: 'add-preview', 'aria-labelledby': 'preview-heading', hidden: true });
  const done = h('div', { id: 'add-done' });

  // Step 1: the letter.
  const file = h('input', { type: 'file', id: 'add-file', accept: '.pdf,.docx,.html,.htm,.txt,.md,application/pdf,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const fileName = h('span', { class: 'muted', id: 'add-file-name' }, 'No file chosen.');
  const drop = h('div', { class: 'drop-zone', id: 'add-drop' },
    h('label', { for: 'add-file' }, 'Drop the letter here, or choose its file'),
    h('span', { class: 'muted small' }, 'PDF with text, Word .docx, web page or text'),
    file, fileName);
  const text = h('textarea', { id: 'add-text', rows: '8', spellcheck: 'false' });
  const signers = h('input', { type: 'file', id: 'add-signers', accept: '.csv,text/csv' });
  const read = h('button', { type: 'submit', id: 'add-read' }, 'Read the letter');
  const source = h('form', { class: 'card', id: 'add-source', 'aria-describedby': 'add-source-help' },
    h('p', { class: 'muted', id: 'add-source-help' }, 'Nothing is written yet: the letter is read and shown below for you to correct.'),
    drop,
    h('div', { class: 'field' }, h('label', { for: 'add-text' }, 'Or paste the letter’s text'), text),
    h('div', { class: 'field' }, h('label', { for: 'add-signers' }, 'Signers’ CSV export from the sign-on form (optional)'), signers),
    h('p', { class: 'actions' }, read, ' ', progress), status);
  const showFile = () => { fileName.textContent = file.files[0] ? `${file.files[0].name} (${megabytes(file.files[0].size)})` : 'No file chosen.'; };
  file.addEventListener('change', showFile);
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files?.length) { file.files = e.dataTransfer.files; showFile(); }
  });

  main.append(h('p', { class: 'help' }, 'Give the letter as a file or as text. You see what was read, as a form: correct what was read wrong, check again if you like, then add it.'),
    source, preview, done);

  let state = null;
  const setBusy = (busy, message) => {
    read.disabled = busy;
    source.setAttribute('aria-busy', busy ? 'true' : 'false');
    if (message !== undefined) status.textContent = message;
  };

  source.addEventListener('submit', async (e) => {
    e.preventDefault();
    done.replaceChildren();
    const chosen = file.files[0];
    const pasted = text.value.trim();
    if (!chosen && !pasted) { status.textContent = 'Choose a file or paste the letter’s text first.'; return; }
    setBusy(true, 'Reading the file…');
    try {
      const input = { dryRun: true };
      if (chosen) {
        progress.hidden = false;
        progress.value = 0;
        const data = await readFile(chosen, 'base64', (n, of) => { progress.value = (25 * n) / of; });
        input.file = { name: chosen.name, mediaType: chosen.type || null, base64: data };
      } else {
        input.text = pasted;
      }
      if (signers.files[0]) input.csv = await readFile(signers.files[0], 'text');
      const size = JSON.stringify(input).length;
      status.textContent = `Sending ${megabytes(size)}…`;
      const data = await sendWithProgress(INGEST, { input }, (sent, of, finished) => {
        if (finished) {
          progress.removeAttribute('value');
          status.textContent = 'Sent. Reading the letter (a long PDF takes a few seconds)…';
        } else {
          progress.value = 25 + (75 * sent) / of;
          status.textContent = `Sending ${Math.round((100 * sent) / of)} % of ${megabytes(of)}…`;
        }
      });
      const payload = data.ingestLetter;
      if (!payload.record) {
        preview.hidden = true;
        status.textContent = 'The letter could not be read.';
        done.append(errorBox(payload.errors.map((x) => x.message)));
        return;
      }
      state = stateFrom(payload.record);
      await renderPreview(payload);
      status.textContent = `Read: “${payload.record.title ?? 'untitled'}”, ${payload.record.signers.length + payload.record.leads.length} signatures. Correct what was read wrong, then add the letter.`;
      preview.querySelector('#rec-title')?.focus();
    } catch (err) {
      status.textContent = 'The letter could not be read.';
      done.append(errorBox(err.messages ?? err.message));
    } finally {
      progress.hidden = true;
      setBusy(false);
    }
  });

  function stateFrom(record) {
    const rows = {};
    for (const role of ROLES) rows[role.field] = record[role.field].map((p) => ({ ...p, mark: null }));
    return {
      read: { ...record, sourceDetails: record.sourceDetails ?? [], reports: record.reports ?? [] },
      letter: { title: record.title ?? '', date: record.date ?? '', reportedSignerCount: record.reportedSignerCount ?? '', reportedSignerCountQualifier: record.reportedSignerCountQualifier ?? '' },
      asks: [...record.asks],
      programs: record.programs.map((p) => ({ ...p })),
      rows,
      payload: null,
    };
  }

  const programs = await api.allPrograms();

  async function renderPreview(payload) {
    state.payload = payload;
    const markOf = marksFrom(payload);
    for (const role of ROLES) state.rows[role.field].forEach((r, i) => { r.mark = markOf(role.field, i, r); });
    preview.hidden = false;
    preview.replaceChildren(
      h('h2', { id: 'preview-heading' }, 'What was read — correct it, then add the letter'),
      h('form', { class: 'card record-form', id: 'add-record', novalidate: true },
        letterFields(), asksFields(), programFields(), ROLES.map(roleFields),
        problems(payload),
        h('p', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', id: 'add-check' }, 'Check again'),
          h('button', { type: 'submit', id: 'add-confirm' }, 'Add the letter'))));
    const form = preview.querySelector('#add-record');
    form.querySelector('#add-check').addEventListener('click', () => submitRecord(true));
    form.addEventListener('submit', (e) => { e.preventDefault(); submitRecord(false); });
  }

  function input(attrs, get, set) {
    const el = h('input', { type: 'text', ...attrs, value: get() ?? '' });
    el.addEventListener('input', () => set(el.value));
    return el;
  }

  function field(id, label, control) {
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  }

  function letterFields() {
    const l = state.letter;
    const qualifier = h('select', { id: 'rec-count-qualifier' },
      [['', 'as stated'], ['EXACTLY', 'exactly'], ['ABOUT', 'about'], ['MORE_THAN', 'more than']].map(([v, t]) => h('option', { value: v, selected: v === l.reportedSignerCountQualifier }, t)));
    qualifier.addEventListener('change', () => { l.reportedSignerCountQualifier = qualifier.value; });
    return h('fieldset', {}, h('legend', {}, 'The letter'),
      h('div', { class: 'field-row' },
        field('rec-title', 'Title (subject line)', input({ id: 'rec-title', required: true }, () => l.title, (v) => { l.title = v; })),
        field('rec-date', 'Date', input({ id: 'rec-date', type: 'date' }, () => l.date, (v) => { l.date = v; })),
        field('rec-count', 'Signer count the letter states', input({ id: 'rec-count', type: 'number', min: '0', inputmode: 'numeric' }, () => l.reportedSignerCount, (v) => { l.reportedSignerCount = v; })),
        field('rec-count-qualifier', 'The count is', qualifier)),
      state.read.sourceDetails.length
        ? h('p', { class: 'small muted' }, 'Cited as: ', state.read.sourceDetails.map((s, i) => [i ? '; ' : '', h('cite', {}, s.title ?? s.id), s.publisher ? ` — ${s.publisher}` : '']))
        : null);
  }

  function listFieldset(id, legend, items, row, add, addLabel, ordered) {
    const list = h(ordered ? 'ol' : 'ul', { class: 'rows', id }, items.map(row));
    return h('fieldset', { 'aria-describedby': `${id}-count` }, h('legend', {}, legend, ' ', h('span', { class: 'count', id: `${id}-count` }, `(${items.length})`)),
      list, h('p', {}, h('button', { type: 'button', class: 'secondary', id: `${id}-add`, onclick: add }, addLabel)));
  }

  function rerender(id, build) {
    const old = preview.querySelector(`#${id}`).closest('fieldset');
    const fresh = build();
    old.replaceWith(fresh);
    return fresh;
  }

  function asksFields() {
    const row = (ask, i) => h('li', { class: 'row' },
      h('label', { class: 'visually-hidden', for: `rec-ask-${i}` }, `Ask ${i + 1}`),
      input({ id: `rec-ask-${i}`, class: 'wide' }, () => ask, (v) => { state.asks[i] = v; }),
      h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ask ${i + 1}`, onclick: () => { state.asks.splice(i, 1); rerender('rec-asks', asksFields); } }, 'Remove'));
    return listFieldset('rec-asks', 'What the letter asks', state.asks, row,
      () => { state.asks.push(''); rerender('rec-asks', asksFields).querySelector(`#rec-ask-${state.asks.length - 1}`).focus(); }, 'Add an ask');
  }

  function programFields() {
    const row = (p, i) => {
      const select = h('select', { id: `rec-program-${i}` }, h('option', { value: '' }, 'Choose a program'),
        programs.map((x) => h('option', { value: x.id, selected: x.id === p.program }, x.name)),
        p.program && !programs.some((x) => x.id === p.program) ? h('option', { value: p.program, selected: true }, `${p.program} (not in the graph: proposed)`) : null);
      select.addEventListener('change', () => { p.program = select.value; });
      return h('li', { class: 'row' },
        h('label', { class: 'visually-hidden', for: `rec-program-${i}` }, `Program ${i + 1}`), select,
        h('label', { class: 'visually-hidden', for: `rec-program-ask-${i}` }, `What program ${i + 1} is asked`),
        input({ id: `rec-program-ask-${i}`, placeholder: 'ask: end, halt, close…' }, () => p.ask, (v) => { p.ask = v; }),
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove program ${i + 1}`, onclick: () => { state.programs.splice(i, 1); rerender('rec-programs', programFields); } }, 'Remove'));
    };
    return listFieldset('rec-programs', 'Programs and what is asked of each', state.programs, row,
      () => { state.programs.push({ program: '', ask: '' }); rerender('rec-programs', programFields).querySelector(`#rec-program-${state.programs.length - 1}`).focus(); }, 'Add a program');
  }

  function roleFields(role) {
    const rows = state.rows[role.field];
    const id = `rec-${role.field}`;
    const again = () => rerender(id, () => roleFields(role));
    const row = (p, i) => {
      const n = i + 1;
      const mark = h('span', { class: 'mark-slot', id: `${id}-${i}-mark` }, markView(p.mark ?? { state: 'unknown' }));
      const cells = role.columns.map((c) => {
        const cid = `${id}-${i}-${c}`;
        return h('span', { class: `cell cell-${c}` },
          h('label', { class: 'visually-hidden', for: cid }, `${role.one} ${n}: ${COLUMN_LABELS[c].toLowerCase()}`),
          input({ id: cid, placeholder: COLUMN_LABELS[c], 'aria-describedby': c === 'name' ? mark.id : null }, () => p[c], (v) => {
            p[c] = v;
            if (c === 'name') {
              // Another name is another actor: what the old name was matched to or known by no longer holds.
              delete p.id;
              p.aliases = [];
              p.mark = { state: 'edited' };
              mark.replaceChildren(markView(p.mark));
            }
          }));
      });
      const move = (to) => {
        rows.splice(to, 0, rows.splice(i, 1)[0]);
        again().querySelector(`#${id}-${to}-name`).focus();
      };
      return h('li', { class: 'row' }, cells, mark,
        role.ordered && i > 0 ? h('button', { type: 'button', class: 'secondary icon', 'aria-label': `Move ${role.one} ${n} up`, onclick: () => move(i - 1) }, '↑') : null,
        role.ordered && i < rows.length - 1 ? h('button', { type: 'button', class: 'secondary icon', 'aria-label': `Move ${role.one} ${n} down`, onclick: () => move(i + 1) }, '↓') : null,
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${role.one} ${n}`, 'data-remove': String(i), onclick: () => {
          rows.splice(i, 1);
          const fresh = again();
          status.textContent = `Removed ${role.one} ${n}.`;
          (fresh.querySelector(`#${id}-${Math.min(i, rows.length - 1)}-name`) ?? fresh.querySelector('button')).focus();
        } }, 'Remove'));
    };
    return listFieldset(id, role.title, rows, row, () => {
      rows.push({ name: '', aliases: [], mark: { state: 'edited' } });
      again().querySelector(`#${id}-${rows.length - 1}-name`).focus();
    }, `Add ${role.one === 'cc' ? 'a cc' : `${/^[aeiou]/.test(role.one) ? 'an' : 'a'} ${role.one}`}`, role.ordered);
  }

  function problems(payload) {
    return h('div', { id: 'add-problems' },
      payload.errors.length
        ? h('section', { class: 'error', role: 'alert', 'aria-labelledby': 'add-errors-heading' },
          h('h3', { id: 'add-errors-heading' }, 'To fix before the letter can be added'),
          h('ul', { id: 'add-errors' }, payload.errors.map((e) => h('li', {}, e.line ? h('strong', {}, `Line ${e.line}: `) : null, e.message.replace(/^line \d+: /, '')))))
        : null,
      payload.warnings.length
        ? h('section', { class: 'warnings', 'aria-labelledby': 'add-warnings-heading' },
          h('h3', { id: 'add-warnings-heading' }, 'Warnings: what was guessed or left out'),
          h('ul', { id: 'add-warnings' }, payload.warnings.map((w) => h('li', {}, w))))
        : null,
      payload.proposedPrograms.length
        ? h('p', { class: 'small' }, 'Programs the graph does not hold (the letter goes in without them): ', payload.proposedPrograms.map((p) => p.program).join(', '))
        : null);
  }

  async function submitRecord(dryRun) {
    const form = preview.querySelector('#add-record');
    const buttons = [...form.querySelectorAll('.actions button')];
    buttons.forEach((b) => { b.disabled = true; });
    form.setAttribute('aria-busy', 'true');
    done.replaceChildren();
    status.textContent = dryRun ? 'Checking the corrected letter…' : 'Adding the letter…';
    try {
      const record = recordOut(state);
      const payload = (await api.query(INGEST, { input: { record, dryRun } })).ingestLetter;
      state.payload = payload;
      const markOf = marksFrom(payload);
      for (const role of ROLES) {
        state.rows[role.field].forEach((r, i) => {
          r.mark = markOf(role.field, i, r);
          const slot = preview.querySelector(`#rec-${role.field}-${i}-mark`);
          slot?.replaceChildren(markView(r.mark));
        });
      }
      preview.querySelector('#add-problems').replaceWith(problems(payload));
      if (payload.errors.length) {
        status.textContent = `${dryRun ? 'Checked' : 'Not added'}: ${payload.errors.length} problem${payload.errors.length === 1 ? '' : 's'} to fix. Nothing was written.`;
        preview.querySelector('#add-errors')?.closest('section')?.focus?.();
        return;
      }
      if (dryRun) {
        status.textContent = `Checked: ${payload.created.length} new, ${payload.matched.length} matched, ${payload.review.length} to review. Nothing was written yet.`;
        return;
      }
      const letter = payload.letter;
      state = null;
      preview.hidden = true;
      preview.replaceChildren();
      status.textContent = `Added “${letter.title}”.`;
      done.append(h('div', { class: 'card done', role: 'status' },
        h('p', {}, 'The letter was added: ', h('a', { href: href.letter(letter.id), id: 'add-letter-link' }, letter.title), '.'),
        payload.review.length ? h('p', {}, `${payload.review.length} new name${payload.review.length === 1 ? '' : 's'} may be actors the graph already holds: `, h('a', { href: '#/review' }, 'settle them in the review queue'), '.') : null,
        h('p', {}, h('a', { href: '#/add', class: 'button secondary', onclick: () => { if (location.hash === '#/add') window.dispatchEvent(new HashChangeEvent('hashchange')); } }, 'Add another letter'))));
      done.querySelector('#add-letter-link').focus();
    } catch (err) {
      status.textContent = 'Something went wrong; nothing was written.';
      done.append(errorBox(err.messages ?? err.message));
    } finally {
      form.removeAttribute('aria-busy');
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  return { title: 'Add a letter' };
}
