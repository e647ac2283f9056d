// #/program/<id>: a program, who runs it, and the letters about it.
import { query } from './api.js';
import { h, href, actorLink, time, sourceItem, encodeId } from './dom.js';

const PROGRAM = `query Program($id: ID!) {
  program(id: $id) { id name aliases description runBy { id name kind } letters { id date title } sources { id title publisher date } }
}`;

export async function programView(main, id) {
  const { program } = await query(PROGRAM, { id });
  if (!program) {
    main.append(h('h1', {}, 'Not found'), h('p', {}, `No program has the id ${id}.`));
    return { title: 'Not found' };
  }
  main.append(
    h('header', { class: 'page-head' },
      h('h1', {}, program.name),
      program.aliases.length ? h('p', {}, 'Also known as ', program.aliases.join(', ')) : null,
      program.description ? h('p', {}, program.description) : null,
      program.runBy.length ? h('p', {}, 'Run by ', program.runBy.map((a, i) => [i ? ', ' : '', actorLink(a)])) : null,
      h('p', {}, h('a', { class: 'button secondary', href: `#/network?program=${encodeId(program.id)}` }, 'Network of its letters'))),
    h('section', { class: 'card', 'aria-labelledby': 'letters-heading' },
      h('h2', { id: 'letters-heading' }, 'Letters about it'),
      program.letters.length
        ? h('ul', { class: 'letter-list' }, program.letters.map((l) => h('li', {}, time(l.date), ' ', h('a', { href: href.letter(l.id) }, l.title))))
        : h('p', {}, 'None.')),
    h('section', { class: 'card', 'aria-labelledby': 'sources-heading' },
      h('h2', { id: 'sources-heading' }, 'Sources'),
      program.sources.length ? h('ul', { class: 'sources' }, program.sources.map(sourceItem)) : h('p', {}, 'No sources.')));
  return { title: program.name };
}
