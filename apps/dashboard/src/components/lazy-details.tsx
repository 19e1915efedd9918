/**
 * A `<details>` whose content is made the first time it is opened (and kept after). Closed, its
 * content shows nothing and tells a screen reader nothing, yet a page of closed chart groups and
 * chart tables once built thousands of elements before its first chart could appear.
 */
import { type ReactNode, useState } from 'react';

interface Props {
  summary: ReactNode;
  children: () => ReactNode;
  initiallyOpen?: boolean;
  className?: string;
  'data-measure'?: string;
}

export function LazyDetails({ summary, children, initiallyOpen = false, className, ...data }: Props) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details
      open={initiallyOpen}
      className={className}
      {...data}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened ? children() : null}
    </details>
  );
}
