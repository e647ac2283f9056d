// What only editors see: a view asks here before it shows a write control.
import { h } from './dom.js';

/** True when the signed-in user may write (has the editor role). */
export async function isEditor() {
  try {
    const { currentUser } = await import('./session.js');
    const user = await currentUser();
    return Boolean(user?.editor);
  } catch (e) {
    return document.body.dataset.editor === 'true';
  }
}

/** Shows why the view is empty for someone who may not write, and resolves to false; true for an editor. */
export async function editorOnly(main, what) {
  if (await isEditor()) return true;
  main.append(h('p', { class: 'help', id: 'editors-only' },
    `Only editors can ${what}. `, h('a', { href: '#/sign-in' }, 'Sign in'), ' with an editor’s account first.'));
  return false;
}
