import { selectAll, tagOf, type CaptureDocument, type CaptureElement } from './capture-dom';

const FOOTER = 'footer, [role="contentinfo" i], [class*="footer" i], [id*="footer" i]';
const LAYOUT = new Set(['html', 'body', 'main']);

/**
 * The page's footers, outermost only so nested "footer" wrappers are not read twice. A
 * "has-footer" class on <body> or a wrapper holding the main content is a layout hook, not a footer.
 */
export function footerRegions(doc: CaptureDocument): CaptureElement[] {
  const all = selectAll(doc, FOOTER).filter((el) => !LAYOUT.has(tagOf(el)) && selectAll(el, 'main, article, h1').length === 0);
  const set = new Set(all);
  return all.filter((el) => {
    for (let p = el.parentElement; p !== null; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

export function isInFooter(el: CaptureElement): boolean {
  try {
    return el.closest(FOOTER) !== null;
  } catch {
    return false;
  }
}
