// The router: every view has its own hash URL, so a link to it can be shared.
import { h, errorBox } from './dom.js';
import { searchBox, searchView } from './search.js';
import { homeView } from './home.js';
import { actorView } from './actor.js';
import { letterView } from './letter.js';
import { compareView } from './compare.js';
import { networkView } from './network.js';
import { programView } from './program.js';
import { sessionNav, signInView } from './signin.js';
import { addLetterView } from './add-letter.js';
import { reviewView } from './review.js';

const SITE = 'lettergraph';

const routes = [
  [/^$/, (main) => homeView(main)],
  [/^search$/, (main, params) => searchView(main, params)],
  [/^actor\/(.+)$/, (main, params, id) => actorView(main, id)],
  [/^letter\/(.+)$/, (main, params, id) => letterView(main, id)],
  [/^program\/(.+)$/, (main, params, id) => programView(main, id)],
  [/^compare$/, (main, params) => compareView(main, params)],
  [/^network$/, (main, params) => networkView(main, params)],
  [/^sign-in$/, (main, params) => signInView(main, params)],
  [/^add$/, (main) => addLetterView(main)],
  [/^review$/, (main) => reviewView(main)],
];

let cleanup = null;
let rendering = 0;

function parse() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split(/\?(.*)/s);
  return { path: decodeURIComponent(path).replace(/\/$/, ''), params: new URLSearchParams(search) };
}

function markNav(path) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    const section = a.getAttribute('href').replace(/^#\/?/, '');
    const current = section ? path.startsWith(section) : path === '';
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

async function render() {
  const ticket = ++rendering;
  if (cleanup) { try { cleanup(); } catch (e) { /* the old view is gone either way */ } cleanup = null; }
  const { path, params } = parse();
  markNav(path);
  const old = document.getElementById('main');
  const main = h('main', { id: 'main', tabindex: '-1', 'aria-busy': 'true' });
  old.replaceWith(main);
  const route = routes.find(([pattern]) => pattern.test(path));
  let result = {};
  try {
    if (!route) {
      main.append(h('h1', {}, 'Not found'), h('p', {}, 'This page does not exist. ', h('a', { href: '#/' }, 'Start again')));
      result = { title: 'Not found' };
    } else {
      const match = path.match(route[0]);
      result = (await route[1](main, params, ...match.slice(1))) ?? {};
    }
  } catch (e) {
    if (ticket !== rendering) return;
    main.append(errorBox(e.messages ?? e.message));
  }
  if (ticket !== rendering) { result.cleanup?.(); return; }
  cleanup = result.cleanup ?? null;
  main.setAttribute('aria-busy', 'false');
  document.title = result.title ? `${result.title} · ${SITE}` : SITE;
  // Move focus to the new view (as a page load would), except on the first load of the home page.
  if (result.focus && !render.started) result.focus.focus();
  else if (render.started) main.focus({ preventScroll: true });
  render.started = true;
  window.scrollTo(0, 0);
}

const header = document.getElementById('header-search');
header.replaceChildren(searchBox({ label: 'Search' }).form);
sessionNav(document.getElementById('session-nav'));
// The skip link moves focus to the view without changing the hash (which is the route).
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', render);
// Signing in or out draws the view again, so that it shows (or hides) what only editors may do.
window.addEventListener('lettergraph:session', (event) => { if (!event.detail.first) render(); });
render();
