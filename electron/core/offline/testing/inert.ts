// What "sanitized" must mean for markup that leaves the library, checked on the
// tree an HTML parser builds (jsdom, never running anything): no element that
// runs, embeds or restyles, no event handler, no link or source whose scheme
// could run or hide code. Used by the XSS corpus tests of every exit.
import { jsdom } from '../../text/dom.ts';

const ACTIVE = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form',
  'input', 'button', 'select', 'textarea', 'template', 'dialog', 'video', 'audio', 'source', 'track', 'noscript', 'applet', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'srcset', 'data', 'ping', 'srcdoc']);

/** Every way `html` (a fragment, or with `asDocument` a whole page's body) could run or load something it should not; empty when inert. */
export function inertProblems(html: string, asDocument = false): string[] {
  const { window } = new (jsdom().JSDOM)(asDocument ? html : '');
  try {
    const root = asDocument ? window.document.body : window.document.createElement('div');
    if (!asDocument) root.innerHTML = html;
    const problems: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const name = element.localName;
      if (ACTIVE.has(name)) problems.push(`<${name}> element`);
      for (const attribute of element.attributes) {
        const attr = attribute.name.toLowerCase();
        if (attr.startsWith('on')) problems.push(`${attr} on <${name}>`);
        if (attr === 'style' || attr === 'is') problems.push(`${attr} attribute on <${name}>`);
        if (URL_ATTRIBUTES.has(attr)) {
          const value = attribute.value.trim();
          const allowed = attr === 'href' ? /^(https?:|mailto:)/i : /^(https?:|\/(media|edition-images)\/)/i;
          if (!allowed.test(value)) problems.push(`${attr}="${value.slice(0, 40)}" on <${name}>`);
        }
      }
    }
    return problems;
  } finally {
    window.close();
  }
}
