// Who is signed in to the page. The sign-in is a cookie the page cannot read (HttpOnly); GET /session says who it is.

const SIGNED_OUT = null;
let current = null;
let announced;

/**
 * The page's CSRF token, as the service's own answers to /session give it (csrfToken). The page does not read it from
 * document.cookie: a browser's script view of its cookies can lag behind the cookies it sends (seen in Chromium), and
 * then the header and the cookie would not agree. The service answers with the token of the cookie the request carried.
 */
let csrfToken = '';

function rememberToken(body) {
  if (typeof body?.csrfToken === 'string' && body.csrfToken) csrfToken = body.csrfToken;
  return body;
}

/**
 * The header every state-changing request of the page carries, { 'X-XSRF-TOKEN': token }, once GET /session has
 * answered ({} if it cannot be reached). With { fresh: true } it asks the service again first: after a refusal for the
 * token, or when another tab signed in or out.
 */
export async function csrfHeaders({ fresh = false } = {}) {
  if (fresh || !csrfToken) await currentUser({ refresh: fresh || !current });
  return csrfToken ? { 'X-XSRF-TOKEN': csrfToken } : {};
}

/** A user as the page sees it: { name, roles, editor }, or null for nobody. */
function toUser(answer) {
  return answer && answer.signedIn
    ? { name: answer.name, roles: answer.roles ?? [], editor: Boolean(answer.editor), session: Boolean(answer.session) }
    : SIGNED_OUT;
}

/**
 * Marks the page for whoever is signed in (body data-editor="true" for an editor, so that views and CSS show write
 * controls to editors only) and tells the views with a 'lettergraph:session' event on window when that changed.
 */
function announce(user) {
  if (user?.editor) document.body.dataset.editor = 'true'; else delete document.body.dataset.editor;
  if (user) document.body.dataset.signedIn = 'true'; else delete document.body.dataset.signedIn;
  const key = user ? `${user.name}|${user.editor}` : '';
  if (announced !== key) {
    const first = announced === undefined;
    announced = key;
    window.dispatchEvent(new CustomEvent('lettergraph:session', { detail: { user, first } }));
  }
  return user;
}

async function answer(response) {
  let body = null;
  try { body = await response.json(); } catch (e) { /* said below */ }
  if (!response.ok) {
    throw new Error(body?.error ?? `The service answered ${response.status}. Try again in a moment.`);
  }
  return body;
}

/**
 * Who is signed in: a Promise of { name, roles, editor } or null. Asked once per page load;
 * currentUser({ refresh: true }) (or refresh()) asks again.
 */
export function currentUser({ refresh: again = false } = {}) {
  if (again || !current) {
    current = fetch('/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(answer)
      .then(rememberToken)
      .then(toUser)
      .catch(() => SIGNED_OUT)
      .then(announce);
  }
  return current;
}

/** Asks the service again who is signed in. */
export function refresh() {
  return currentUser({ refresh: true });
}

async function post(url, body) {
  const headers = await csrfHeaders();
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Error('The service cannot be reached. Is it running?');
  }
  return rememberToken(await answer(response));
}

/**
 * Signs in with a user name and password (or, with { token }, an API token). Resolves to the user; rejects with an
 * Error whose message says in plain words what was wrong.
 */
export async function signIn(username, password, { token } = {}) {
  const body = token ? { token } : { username, password };
  const user = toUser(await post('/session', body));
  current = Promise.resolve(user);
  return announce(user);
}

/** Signs out; resolves when the service has removed the sign-in. */
export async function signOut() {
  await post('/session/sign-out');
  current = Promise.resolve(SIGNED_OUT);
  announce(SIGNED_OUT);
}
