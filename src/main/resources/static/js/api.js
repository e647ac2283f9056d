// The page talks to the service through POST /graphql (and session.js through /session).
import { csrfHeaders } from './session.js';

// The CSRF header, for a module that calls fetch itself (add-letter.js sends with upload progress).
export { csrfHeaders };

export class GraphQlError extends Error {
  constructor(messages) {
    super(messages.join(' '));
    this.messages = messages;
  }
}

/** The start of the service's refusal of a request whose CSRF header is missing or no longer the cookie's. */
const CSRF_REFUSED = "Refused: this request carries the page's sign-in but not its CSRF token";

async function post(query, variables, fresh) {
  const csrf = await csrfHeaders({ fresh });
  return fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...csrf,
    },
    body: JSON.stringify({ query, variables }),
  });
}

/**
 * Runs a query; resolves to { data, errors } so a view can show partial answers. A request refused for its CSRF
 * token (it changed while the request was on its way, e.g. by a sign-in in another tab) wrote nothing; it is sent once
 * more with the token GET /session gives afresh.
 */
export async function request(query, variables = {}) {
  let response;
  let body;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await post(query, variables, attempt > 0);
    } catch (e) {
      throw new GraphQlError(['The service cannot be reached. Is it running?']);
    }
    try {
      body = await response.json();
    } catch (e) {
      throw new GraphQlError([`The service answered ${response.status} without GraphQL.`]);
    }
    const csrfRefused = response.status === 403 && typeof body.error === 'string' && body.error.startsWith(CSRF_REFUSED);
    if (!csrfRefused || attempt > 0) break;
  }
  // A refusal before GraphQL (not signed in, a missing CSRF token) is { error: "…" }.
  if (!('data' in body) && !body.errors && typeof body.error === 'string') return { data: null, errors: [body.error] };
  return { data: body.data ?? null, errors: (body.errors ?? []).map((e) => e.message) };
}

/** Runs a query and fails on any error. */
export async function query(text, variables = {}) {
  const { data, errors } = await request(text, variables);
  if (errors.length) throw new GraphQlError(errors);
  return data;
}

const letterPage = `query LetterSigners($id: ID!, $after: String) {
  letter(id: $id) {
    signers(first: 100, after: $after) {
      totalCount
      edges { position role node { id name kind aliases } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** Every signer of a letter in signature order, a page (the service's largest) at a time. */
export async function allSigners(letterId) {
  const edges = [];
  let after = null;
  for (;;) {
    const data = await query(letterPage, { id: letterId, after });
    if (!data.letter) return null;
    const page = data.letter.signers;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return edges;
    after = page.pageInfo.endCursor;
  }
}

const LETTER_PAGE = `query LetterPage($where: LetterWhere, $first: Int, $after: String) {
  letters(where: $where, first: $first, after: $after) {
    totalCount
    edges { node { id date title addressees { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * One page of letters, newest first, whose title holds `text` (every letter when it is empty): { letters, totalCount,
 * hasNextPage, endCursor }. Pickers page through it instead of stopping at the service's largest page.
 */
export async function findLetters(text = '', after = null, first = 50) {
  const where = text.trim() ? { titleContains: text.trim() } : null;
  const data = await query(LETTER_PAGE, { where, first, after });
  const page = data.letters;
  return { letters: page.edges.map((e) => e.node), totalCount: page.totalCount, hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
}

/** The letters with these ids (id, date, title), in no particular order. */
export async function lettersByIds(ids) {
  if (!ids.length) return [];
  const data = await query(LETTER_PAGE, { where: { ids }, first: Math.min(ids.length, 100), after: null });
  return data.letters.edges.map((e) => e.node);
}

const ADDRESSEE_PAGE = `query Addressees($after: String) {
  actors(where: {letters: {role: ADDRESSEE}}, orderBy: [{field: NAME}], first: 100, after: $after) {
    edges { node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let addresseesCache = null;
/** Everyone any letter is addressed to (id, name), by name: every page of them, asked once per page load. */
export function allAddressees() {
  addresseesCache ??= (async () => {
    const all = [];
    let after = null;
    for (;;) {
      const page = (await query(ADDRESSEE_PAGE, { after })).actors;
      all.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  })().catch((e) => { addresseesCache = null; throw e; });
  return addresseesCache;
}

let programsCache = null;
/** Every program (id, name, aliases). */
export function allPrograms() {
  programsCache ??= query(`{ programs { id name aliases } }`)
    .then((d) => d.programs)
    .catch((e) => { programsCache = null; throw e; });
  return programsCache;
}
