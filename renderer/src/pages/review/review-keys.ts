/**
 * The review screen's keys, in the order the help overlay lists them. One
 * table drives both the handler and the help, so they cannot drift apart.
 */
export type ReviewAction =
  | 'next'
  | 'prev'
  | 'ok'
  | 'okNext'
  | 'option'
  | 'more'
  | 'less'
  | 'range'
  | 'na'
  | 'veto'
  | 'clear'
  | 'note'
  | 'history'
  | 'accept'
  | 'reject'
  | 'submit'
  | 'nextCase'
  | 'help';

export interface KeyBinding {
  action: ReviewAction;
  /** As shown in the help. */
  label: string;
  /** i18n key of the description under review.keys. */
  helpKey: string;
  matches(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): boolean;
}

const key =
  (...keys: string[]) =>
  (e: Pick<KeyboardEvent, 'key'>) =>
    keys.includes(e.key);

export const KEY_BINDINGS: KeyBinding[] = [
  { action: 'next', label: 'j / ↓', helpKey: 'next', matches: key('j', 'ArrowDown') },
  { action: 'prev', label: 'k / ↑', helpKey: 'prev', matches: key('k', 'ArrowUp') },
  { action: 'okNext', label: 'Enter', helpKey: 'okNext', matches: key('Enter') },
  { action: 'ok', label: 'y', helpKey: 'ok', matches: key('y') },
  { action: 'option', label: '1 … 9', helpKey: 'option', matches: (e) => /^[1-9]$/.test(e.key) },
  { action: 'more', label: '+ / −', helpKey: 'more', matches: key('+', '=') },
  { action: 'less', label: '', helpKey: '', matches: key('-', '_') },
  { action: 'range', label: 'r', helpKey: 'range', matches: key('r') },
  { action: 'na', label: 'a', helpKey: 'na', matches: key('a') },
  { action: 'veto', label: 'v', helpKey: 'veto', matches: key('v') },
  { action: 'clear', label: 'x', helpKey: 'clear', matches: key('x', 'Delete') },
  { action: 'note', label: 'n', helpKey: 'note', matches: key('n') },
  { action: 'history', label: 'h', helpKey: 'history', matches: key('h') },
  { action: 'accept', label: 'c', helpKey: 'accept', matches: key('c') },
  { action: 'reject', label: 'd', helpKey: 'reject', matches: key('d') },
  { action: 'submit', label: 'Shift + S', helpKey: 'submit', matches: (e) => e.key === 'S' && e.shiftKey },
  {
    action: 'nextCase',
    label: 'Shift + N',
    helpKey: 'nextCase',
    matches: (e) => e.key === 'N' && e.shiftKey,
  },
  { action: 'help', label: '?', helpKey: 'help', matches: key('?') },
];

export function actionFor(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): ReviewAction | undefined {
  return KEY_BINDINGS.find((b) => b.matches(event))?.action;
}

/** Keys typed into a field, or while a dialog is open, belong to that field or dialog. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // Focus left behind on a dialog that has closed (antd hides it, keeps it in the DOM) is not typing.
  // (Not rendered = no client rects; offsetParent cannot tell, it is null inside fixed-position dialogs too.)
  if (target !== document.body && target.getClientRects().length === 0) return false;
  // Radios and checkboxes are controls, not text: the review keys keep working when they have focus.
  const text = 'input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable="true"]';
  return target.closest(`${text}, .ant-modal, .ant-drawer, .ant-select`) !== null;
}

/**
 * After a dialog closes, focus may stay on an element inside its (now hidden)
 * DOM, where every key would be taken for the dialog. Hand focus back to the page.
 */
export function releaseDialogFocus(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('.ant-modal-wrap, .ant-modal, .ant-drawer'))
    active.blur();
}
