// Whether the page-wide shortcuts of one key act (M, C, I, P...): on unless turned off in
// the shortcut list (WCAG 2.1.4: speech input types letters that would act as them).
// `turn`, when given, turns them on (true) or off first. Kept in the browser's storage for
// the site; where there is none (storage blocked, a sandboxed frame), for this visit.
const OFF = "journey-lens-single-keys-off";
let off = false;
export function singleKeys(turn) {
  if (turn !== undefined) off = !turn;
  try {
    if (turn !== undefined) turn ? localStorage.removeItem(OFF) : localStorage.setItem(OFF, 1);
    return !localStorage.getItem(OFF);
  } catch {
    return !off;
  }
}

// The controls' shortcuts are told to screen readers (aria-keyshortcuts) only while they
// act: kept aside in data-keys while they are off, and on a control that is disabled (see
// `El::shortcut`). A page's first read of the browser's storage can take milliseconds
// (0.4-4.4 in new tabs here), so the controls drawn for the first frame keep them aside too,
// and are told them just after that frame (`tellKeysSoon`, at the start); controls made
// later are told at once (`keysTold`).
let told = false;
export function keysTold() {
  return told && singleKeys();
}
export function tellKeysSoon() {
  requestAnimationFrame(() => setTimeout(() => {
    told = true;
    tellAll(singleKeys());
  }));
}
const tellAll = (on) => document.querySelectorAll("[data-keys], [aria-keyshortcuts]").forEach((el) => tell(el, on));
function tell(el, on) {
  const [from, to] = on && !el.disabled ? ["data-keys", "aria-keyshortcuts"] : ["aria-keyshortcuts", "data-keys"];
  const keys = el.getAttribute(from);
  if (keys !== null) {
    el.removeAttribute(from);
    el.setAttribute(to, keys);
  }
}

// Disables a control (`off`) or enables it, with its shortcut told only while it acts.
export function setDisabled(el, off) {
  if (el.disabled !== off) {
    el.disabled = off;
    tell(el, keysTold());
  }
}

// The shortcut list's check box for them: checked while they are on, turning them on or off.
export function singleKeysBox(box) {
  box.checked = singleKeys();
  box.onchange = () => tellAll(singleKeys(box.checked));
}
