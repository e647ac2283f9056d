// #/sign-in: the sign-in form; and the header's "Sign in" link or the signed-in name with "Sign out".
import { h, errorBox } from './dom.js';
import { currentUser, signIn, signOut } from './session.js';

/** Where to go after signing in: ?next=/letter/… (a view of this page only), else the start page. */
function nextHash(params) {
  const next = params.get('next') ?? '';
  return /^\/[^/]/.test(next) || next === '/' ? `#${next}` : '#/';
}

/** The header's part: a "Sign in" link, or the name of who is signed in and a "Sign out" button. */
export function sessionNav(container) {
  const draw = (user) => {
    if (!user) {
      const back = location.hash.replace(/^#/, '');
      const link = h('a', { id: 'sign-in-link', class: 'sign-in', href: back && !back.startsWith('/sign-in') ? `#/sign-in?next=${encodeURIComponent(back)}` : '#/sign-in' }, 'Sign in');
      container.replaceChildren(link);
      return;
    }
    const button = h('button', { type: 'button', id: 'sign-out', class: 'link-button' }, 'Sign out');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await signOut();
      } catch (e) {
        button.disabled = false;
        container.append(errorBox(e.message));
      }
    });
    container.replaceChildren(
      h('span', { id: 'signed-in-as', class: 'signed-in-as' }, h('span', { class: 'visually-hidden' }, 'Signed in as '), user.name,
        user.editor ? h('span', { class: 'muted' }, ' (editor)') : null),
      ' ', button);
  };
  window.addEventListener('lettergraph:session', (e) => draw(e.detail.user));
  // Keep the link's way back current as the reader moves between views.
  window.addEventListener('hashchange', () => currentUser().then((user) => { if (!user) draw(user); }));
  currentUser().then(draw);
}

export async function signInView(main, params) {
  const user = await currentUser();
  main.append(h('h1', { id: 'sign-in-heading' }, 'Sign in'));
  if (user) {
    main.append(h('p', { id: 'signed-in-note' }, `You are signed in as ${user.name}${user.editor ? ', an editor' : ''}. `,
      h('a', { href: nextHash(params) }, 'Go on')));
    return { title: 'Sign in' };
  }
  const errors = h('div', { id: 'sign-in-errors' });
  const username = h('input', { id: 'sign-in-username', name: 'username', type: 'text', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password' });
  const token = h('input', { id: 'sign-in-token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false' });
  const submit = h('button', { type: 'submit' }, 'Sign in');
  const form = h('form', { id: 'sign-in-form', class: 'sign-in-form', method: 'post', action: '/session', novalidate: true },
    h('p', { class: 'muted' }, 'Editors sign in to add letters, settle the review queue and correct mistakes. Reading needs no sign-in.'),
    h('div', { class: 'field' }, h('label', { for: 'sign-in-username' }, 'User name'), username),
    h('div', { class: 'field' }, h('label', { for: 'sign-in-password' }, 'Password'), password),
    h('details', { class: 'token-sign-in' },
      h('summary', {}, 'Sign in with an API token instead'),
      h('div', { class: 'field' }, h('label', { for: 'sign-in-token' }, 'API token'), token,
        h('p', { class: 'muted', id: 'sign-in-token-help' }, 'Leave the user name empty to sign in with the token.'))),
    errors,
    h('p', {}, submit));
  token.setAttribute('aria-describedby', 'sign-in-token-help');
  const show = (message, field) => {
    errors.replaceChildren(errorBox(message));
    if (field) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const field of [username, password, token]) field.removeAttribute('aria-invalid');
    const name = username.value.trim();
    const withToken = !name && token.value.trim();
    if (!withToken && !name) return show('Type your user name.', username);
    if (!withToken && !password.value) return show('Type your password.', password);
    submit.disabled = true;
    errors.replaceChildren(h('p', { class: 'note', role: 'status' }, 'Signing in…'));
    try {
      await signIn(name, password.value, withToken ? { token: token.value.trim() } : {});
      location.hash = nextHash(params);
    } catch (e) {
      submit.disabled = false;
      password.value = '';
      show(e.message, withToken ? token : password);
    }
  });
  main.append(form);
  return { title: 'Sign in', focus: username };
}
