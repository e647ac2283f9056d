// #/network?from=…&to=…&program=…&addressee=…&minShared=…: the co-signature network, drawn with Cytoscape.js.
import { request, allAddressees, allPrograms } from './api.js';
import { h, href, actorLink, kindLabel, errorBox, note } from './dom.js';

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';

const NETWORK = (withBloc) => `query Network($where: LetterWhere, $minShared: Int, $first: Int) {
  coSignatureNetwork(where: $where, minShared: $minShared, first: $first) {
    truncated
    nodes { id letterCount ${withBloc ? 'bloc' : ''} actor { name kind } }
    edges { source target weight }
  }
}`;

export const KIND_COLOURS = { ORGANIZATION: '#1f5f9e', LAWMAKER: '#b3261e', OFFICIAL: '#6a3d9a', PERSON: '#2e7031' };
const BLOC_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
const NO_BLOC = '#9aa0a6';
const EDGE_CHOICES = [200, 500, 2000, 5000];

let cytoscapeLoading = null;
function loadCytoscape() {
  if (window.cytoscape) return Promise.resolve(window.cytoscape);
  cytoscapeLoading ??= new Promise((resolve, reject) => {
    const script = h('script', { src: CYTOSCAPE });
    script.onload = () => resolve(window.cytoscape);
    script.onerror = () => { cytoscapeLoading = null; reject(new Error('Cytoscape.js could not be loaded.')); };
    document.head.append(script);
  });
  return cytoscapeLoading;
}

function colourOf(node, by) {
  if (by === 'bloc') return node.bloc == null ? NO_BLOC : BLOC_COLOURS[(node.bloc - 1) % BLOC_COLOURS.length];
  return KIND_COLOURS[node.actor.kind] ?? NO_BLOC;
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

async function filterForm(params) {
  // Everyone any letter is addressed to, every page of them (not only those of the newest letters).
  const [people, programs] = await Promise.all([allAddressees(), allPrograms()]);
  const addressees = new Map(people.map((a) => [a.id, a.name]));
  const value = (k) => params.get(k) ?? '';
  const first = Number(params.get('first')) || 2000;
  const by = params.get('colour') === 'bloc' ? 'bloc' : 'kind';
  const form = h('form', { class: 'card filters', id: 'network-form' },
    h('fieldset', {}, h('legend', {}, 'Letters and links to draw'),
      h('div', { class: 'field-row' },
        field('net-from', 'From', h('input', { id: 'net-from', name: 'from', type: 'date', value: value('from') })),
        field('net-to', 'To', h('input', { id: 'net-to', name: 'to', type: 'date', value: value('to') })),
        field('net-program', 'Program', h('select', { id: 'net-program', name: 'program' }, h('option', { value: '' }, 'Any'),
          programs.map((p) => h('option', { value: p.id, selected: p.id === value('program') }, p.name)))),
        field('net-addressee', 'Addressed to', h('select', { id: 'net-addressee', name: 'addressee' }, h('option', { value: '' }, 'Anyone'),
          [...addressees].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => h('option', { value: id, selected: id === value('addressee') }, name)))),
        field('net-min', 'Min. shared letters', h('input', { id: 'net-min', name: 'minShared', type: 'number', min: '1', max: '100', value: value('minShared') || '1', inputmode: 'numeric' })),
        field('net-first', 'Strongest links', h('select', { id: 'net-first', name: 'first' },
          EDGE_CHOICES.map((n) => h('option', { value: String(n), selected: n === first }, String(n))))),
        h('div', { class: 'field' }, h('span', { class: 'label', id: 'colour-label' }, 'Colour by'),
          h('div', { role: 'radiogroup', 'aria-labelledby': 'colour-label', class: 'radios' },
            ['kind', 'bloc'].map((k) => h('label', { class: 'radio' },
              h('input', { type: 'radio', name: 'colour', value: k, checked: by === k }), k === 'kind' ? 'Kind' : 'Bloc')))),
        h('div', { class: 'field submit' }, h('button', { type: 'submit' }, 'Draw')))),
    value('participant') ? h('input', { type: 'hidden', name: 'participant', value: value('participant') }) : null);
  return form;
}

function hashOf(form) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) {
    if (!v || (k === 'minShared' && v === '1') || (k === 'first' && v === '2000') || (k === 'colour' && v === 'kind')) continue;
    params.set(k, v);
  }
  const s = params.toString();
  return `#/network${s ? `?${s}` : ''}`;
}

/** A colour swatch, coloured through the DOM (no style attribute, which a strict Content-Security-Policy refuses). */
function swatch(colour) {
  const span = h('span', { class: 'swatch' });
  span.style.background = colour;
  return span;
}

function legend(nodes, by) {
  if (by === 'kind') {
    const kinds = [...new Set(nodes.map((n) => n.actor.kind))];
    return kinds.map((k) => h('li', {}, swatch(KIND_COLOURS[k] ?? NO_BLOC), kindLabel(k)));
  }
  const blocs = [...new Set(nodes.map((n) => n.bloc))].sort((a, b) => (a ?? 1e9) - (b ?? 1e9));
  return blocs.slice(0, 12).map((b) => h('li', {}, swatch(b == null ? NO_BLOC : BLOC_COLOURS[(b - 1) % BLOC_COLOURS.length]), b == null ? 'no bloc' : `bloc ${b}`));
}

/**
 * Draws a network fast enough for thousands of nodes: straight 'haystack' edges, labels only for the actors with the
 * most letters (the rest show theirs when pointed at), edges hidden while panning, and a layout without
 * animation: 'cose' (force-directed) up to 300 actors, 'concentric' (most letters in the middle) beyond.
 */
export function drawNetwork(cytoscape, container, net, layout) {
  const counts = net.nodes.map((n) => n.letterCount);
  let [lo, hi] = [Infinity, -Infinity];
  for (const c of counts) { lo = Math.min(lo, c); hi = Math.max(hi, c); }
  const size = (c) => (hi === lo ? 18 : 12 + (30 * (c - lo)) / (hi - lo));
  let maxWeight = 1;
  for (const e of net.edges) maxWeight = Math.max(maxWeight, e.weight);
  const major = new Set([...net.nodes].filter((n) => n.letterCount > lo).sort((a, b) => b.letterCount - a.letterCount).slice(0, 20).map((n) => n.id));
  const big = net.nodes.length > 300;
  const name = layout === 'cose' || layout === 'concentric' ? layout : big ? 'concentric' : 'cose';
  return cytoscape({
    container,
    elements: {
      nodes: net.nodes.map((n) => ({ data: { id: n.id, label: n.actor.name, kind: n.actor.kind, bloc: n.bloc, size: size(n.letterCount), letterCount: n.letterCount, colour: KIND_COLOURS[n.actor.kind] ?? NO_BLOC }, classes: major.has(n.id) ? 'major' : '' })),
      edges: net.edges.map((e) => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, weight: e.weight, width: maxWeight === 1 ? 0.6 : 0.4 + (3 * (e.weight - 1)) / (maxWeight - 1) } })),
    },
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#fff', label: '', 'font-size': 10, color: '#111', 'text-valign': 'bottom', 'text-margin-y': 2, 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'node.major', style: { label: 'data(label)', 'font-size': 12, 'font-weight': 'bold', 'z-index': 5 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 'data(width)', 'line-color': '#7d8797', opacity: big ? 0.12 : 0.25 } },
      { selector: 'node:selected, node.hover', style: { label: 'data(label)', 'border-width': 3, 'border-color': '#111', 'z-index': 10, 'font-size': 13, 'font-weight': 'bold' } },
    ],
    layout: name === 'concentric'
      ? { name: 'concentric', concentric: (n) => n.data('letterCount'), levelWidth: () => 1, animate: false, minNodeSpacing: 3, padding: 20 }
      : { name: 'cose', animate: false, randomize: true, numIter: 500, nodeRepulsion: () => 60000, idealEdgeLength: () => 40, edgeElasticity: () => 60, gravity: 20, fit: true, padding: 20 },
    hideEdgesOnViewport: net.edges.length > 1000,
    textureOnViewport: big,
    motionBlur: false,
    pixelRatio: big ? 1 : 'auto',
    minZoom: 0.05,
    maxZoom: 4,
  });
}

export async function networkView(main, params) {
  main.append(h('h1', {}, 'Co-signature network'),
    h('p', { class: 'muted' }, 'Actors joined by the letters they signed or endorsed together: bigger dots took part in more letters, thicker lines share more. Select a dot to open it; the list below the picture holds the same actors.'));
  const form = await filterForm(params);
  main.append(form);
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = hashOf(form); });
  const where = {};
  for (const [param, key] of [['from', 'from'], ['to', 'to'], ['program', 'concerns'], ['addressee', 'addressedTo'], ['participant', 'participant']]) {
    if (params.get(param)) where[key] = params.get(param);
  }
  const minShared = Math.max(1, Number(params.get('minShared')) || 1);
  const first = Number(params.get('first')) || 2000;
  const status = note('Loading the network…');
  const canvas = h('div', { class: 'network-canvas', id: 'network', role: 'img', 'aria-label': 'Co-signature network; the list below holds the same actors.' });
  const legendList = h('ul', { class: 'legend', 'aria-label': 'Colours' });
  const nodeList = h('details', { class: 'card' });
  main.append(status, h('div', { class: 'network-wrap' }, canvas, legendList), nodeList);

  let { data, errors } = await request(NETWORK(true), { where, minShared, first });
  let blocProblem = null;
  if (errors.length && !data?.coSignatureNetwork) {
    // Blocs need Graph Data Science; without it draw the network all the same.
    blocProblem = errors;
    ({ data, errors } = await request(NETWORK(false), { where, minShared, first }));
  }
  if (errors.length && !data?.coSignatureNetwork) {
    status.replaceWith(errorBox(errors));
    canvas.remove();
    return { title: 'Network' };
  }
  const net = data.coSignatureNetwork;
  let by = params.get('colour') === 'bloc' && !blocProblem ? 'bloc' : 'kind';

  status.textContent = net.nodes.length
    ? `${net.nodes.length} actors, ${net.edges.length} edges${net.truncated ? ` — only the ${net.edges.length} strongest; more pairs match (raise the minimum shared letters or the number of edges)` : ''}.`
    : 'No actors signed letters together under these filters.';
  if (net.truncated) status.classList.add('truncated');
  if (blocProblem) main.insertBefore(errorBox(['Colouring by bloc is not available: ', ...blocProblem]), status);
  if (!net.nodes.length) { canvas.remove(); return { title: 'Network' }; }

  const sorted = [...net.nodes].sort((a, b) => b.letterCount - a.letterCount || a.actor.name.localeCompare(b.actor.name));
  nodeList.append(h('summary', {}, `The ${net.nodes.length} actors as a list`),
    h('ol', { class: 'counted', id: 'network-nodes' }, sorted.map((n) => h('li', {}, actorLink({ id: n.id, name: n.actor.name }), ' ',
      h('span', { class: 'count' }, `${n.letterCount} letter${n.letterCount === 1 ? '' : 's'}`)))));

  const cytoscape = await loadCytoscape();
  const started = performance.now();
  const cy = drawNetwork(cytoscape, canvas, net, params.get('layout'));
  canvas.dataset.drawMs = String(Math.round(performance.now() - started));
  cy.on('tap', 'node', (evt) => { location.hash = href.actor(evt.target.id()); });
  cy.on('mouseover', 'node', (evt) => { evt.target.addClass('hover'); canvas.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', (evt) => { evt.target.removeClass('hover'); canvas.style.cursor = ''; });
  window.cy = cy; // for the browser tests and for anyone poking at the page from the console

  const paint = () => {
    cy.batch(() => cy.nodes().forEach((n) => n.data('colour', colourOf({ bloc: n.data('bloc'), actor: { kind: n.data('kind') } }, by))));
    legendList.replaceChildren(...legend(net.nodes, by));
  };
  paint();
  form.addEventListener('change', (e) => {
    if (e.target.name !== 'colour') return;
    by = e.target.value === 'bloc' && !blocProblem ? 'bloc' : 'kind';
    history.replaceState(null, '', hashOf(form));
    paint();
  });
  return { title: 'Network', cleanup: () => { cy.destroy(); if (window.cy === cy) delete window.cy; } };
}

