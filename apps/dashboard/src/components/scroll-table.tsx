/**
 * A wide table on a narrow screen: it scrolls sideways inside its box (the page never does), its
 * first column stays in view, and a line above it says it scrolls while there is more to see.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

export function ScrollTable({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const box = useRef<HTMLElement>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const update = () => setMore(el.scrollWidth - el.clientWidth - el.scrollLeft > 2);
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);
  return (
    <div className="scroll-table">
      {/* Always rendered, hidden when not needed: the line never pushes the table down. */}
      <p className="scroll-hint card-meta" aria-hidden={!more} data-visible={more} data-testid="scroll-hint">
        {t('table.scrollHint')} →
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to scroll it */}
      <section className="table-wrap" ref={box} tabIndex={0} aria-label={t('table.scrollHint')}>
        {children}
      </section>
    </div>
  );
}
