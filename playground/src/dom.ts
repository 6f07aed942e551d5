/**
 * A tiny element builder: `h('button', { type: 'submit', 'data-testid': 'x' }, 'Text')`. Known properties
 * (`className`, `htmlFor`, `value`, `disabled`, …) are set as properties, everything else (`aria-*`,
 * `data-*`, `role`) as attributes. Text children become text nodes, so nothing is parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | undefined> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (name.includes('-') || name === 'role') el.setAttribute(name, String(value));
    else (el as unknown as Record<string, unknown>)[name] = value;
  }
  el.append(...children);
  return el;
}

/** Removes every child of `el`. */
export function clear(el: Element): void {
  el.replaceChildren();
}
