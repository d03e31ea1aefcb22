/*
 * Text cut short shows whole on focus as well as on hover (issue 13): when the keyboard puts focus on
 * a control whose text is cut (a select's chosen value, a field, a roadmap bar's label), a tip under
 * it shows the full text. Hover has the native title; this is its keyboard twin. The tip ignores the
 * pointer and is hidden from assistive technology, whose name for the control is already whole.
 */
const TIP_CLASS = 'focus-tip';
let measureContext: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string, element: Element): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return 0;
  const style = getComputedStyle(element);
  measureContext.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return measureContext.measureText(text).width;
}

const isCut = (element: Element): boolean => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;

/** The full text of what the focused element shows cut short, or null when nothing of it is cut. */
export function cutTextOf(element: Element): string | null {
  if (element instanceof HTMLSelectElement) {
    const text = element.selectedOptions[0]?.text ?? '';
    const style = getComputedStyle(element);
    // The arrow takes about 1.5em beside the padding.
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize) * 1.5;
    return text && textWidth(text, element) > room ? text : null;
  }
  if (element instanceof HTMLInputElement) return element.value && element.scrollWidth > element.clientWidth + 1 ? element.value : null;
  if (element instanceof HTMLTextAreaElement) return null;
  const candidates = [element, ...element.querySelectorAll('[title], .bar__name')];
  for (const candidate of candidates) {
    if (!(candidate instanceof HTMLElement) || !candidate.textContent?.trim()) continue;
    const style = getComputedStyle(candidate);
    if (style.textOverflow !== 'ellipsis' && candidate !== element) continue;
    // A container that scrolls (a view, a list) is not cut: its text is a scroll away, not lost.
    if (candidate === element && /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`)) continue;
    if (isCut(candidate)) return candidate.getAttribute('title') || candidate.textContent.trim();
  }
  return null;
}

/** Follows keyboard focus over the document; returns the stop function. */
export function startFocusTips(doc: Document = document): () => void {
  const tip = doc.createElement('div');
  tip.className = TIP_CLASS;
  tip.setAttribute('aria-hidden', 'true');
  tip.dataset.focusTip = '';
  tip.hidden = true;
  doc.body.append(tip);

  const hide = () => {
    tip.hidden = true;
  };
  const show = (target: Element) => {
    if (!target.matches(':focus-visible')) return hide();
    const text = cutTextOf(target);
    if (!text) return hide();
    tip.textContent = text;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const view = doc.documentElement;
    const left = Math.max(4, Math.min(box.left, view.clientWidth - width - 4));
    const below = box.bottom + 4;
    const top = below + height <= view.clientHeight ? below : Math.max(4, box.top - height - 4);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Element) show(event.target);
  };
  const onChange = (event: Event) => {
    if (event.target instanceof Element && event.target === doc.activeElement) show(event.target);
  };
  // A shortcut (a view switch, a command) may take the focused control off screen without moving
  // focus, so no focusout comes: the tip goes with the keystroke and returns on the next focus.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) hide();
  };
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', hide);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('change', onChange, true);
  doc.addEventListener('scroll', hide, true);
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', hide);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('change', onChange, true);
    doc.removeEventListener('scroll', hide, true);
    tip.remove();
  };
}
