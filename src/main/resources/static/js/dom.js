// Small DOM helpers: every text from the service goes in as a text node, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    // Through the CSSOM, not a style attribute: the Content-Security-Policy allows no inline style attributes.
    else if (key === 'style' && typeof value === 'string') el.style.cssText = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An id such as org:united-we-dream, readable in a URL. */
export function encodeId(id) {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

export const href = {
  actor: (id) => `#/actor/${encodeId(id)}`,
  letter: (id) => `#/letter/${encodeId(id)}`,
  program: (id) => `#/program/${encodeId(id)}`,
  search: (q) => `#/search?q=${encodeURIComponent(q)}`,
};

export function actorLink(actor) {
  return h('a', { href: href.actor(actor.id) }, actor.name);
}

export function letterLink(letter) {
  return h('a', { href: href.letter(letter.id) }, letter.title);
}

const KIND_LABELS = { ORGANIZATION: 'organization', LAWMAKER: 'lawmaker', OFFICIAL: 'official', PERSON: 'person' };
export function kindLabel(kind) {
  return KIND_LABELS[kind] ?? String(kind ?? '').toLowerCase();
}

const ROLE_LABELS = { LEAD: 'lead', SIGNER: 'signer', ENDORSER: 'endorser', ADDRESSEE: 'addressee', CC: 'cc' };
export function roleLabel(role) {
  return ROLE_LABELS[role] ?? String(role ?? '').toLowerCase();
}

export function formatDate(iso) {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function time(iso) {
  return iso ? h('time', { datetime: iso }, formatDate(iso)) : h('span', { class: 'muted' }, 'undated');
}

export function sourceItem(source) {
  return h('li', {},
    h('cite', {}, source.title),
    source.publisher ? [' — ', source.publisher] : null,
    ', ', time(source.date));
}

export function errorBox(messages) {
  const list = Array.isArray(messages) ? messages : [String(messages)];
  return h('div', { class: 'error', role: 'alert' }, list.map((m) => h('p', {}, m)));
}

export function note(text) {
  return h('p', { class: 'note', role: 'status' }, text);
}

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, as the service's own CSV export does (network/SignerCsv): a name on a letter never becomes a formula.
 */
export function neutralise(s) {
  return s !== '' && '=+-@\t\r'.includes(s[0]) ? `'${s}` : s;
}

/** Quotes a CSV field when it needs to (RFC 4180), after neutralising a formula. */
function csvField(value) {
  const s = neutralise(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A link that downloads rows built in the page as a CSV file. */
export function csvDownload(label, filename, header, rows) {
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  return h('a', { class: 'button', href: url, download: filename }, label);
}

export function slug(text) {
  return String(text).toLowerCase().replace(/^letter:/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
