/** Attainment as a badge: an icon and a word as well as a colour, so it reads without colour vision. */
import type { AttainmentStatus } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

const ICONS: Record<AttainmentStatus, string> = {
  met: '✓',
  within_tolerance: '≈',
  missed: '✗',
  awaiting_result: '…',
  no_target: '–',
  unknown: '?',
};

const CLASSES: Record<AttainmentStatus, string> = {
  met: 'badge-met',
  within_tolerance: 'badge-met',
  missed: 'badge-missed',
  awaiting_result: 'badge-pending',
  no_target: 'badge-unknown',
  unknown: 'badge-unknown',
};

export function StatusBadge({ status, count }: { status: AttainmentStatus; count?: number }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${CLASSES[status]}`} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span>
      {count !== undefined ? `${count} ` : ''}
      {t(`status.${status}`)}
    </span>
  );
}
