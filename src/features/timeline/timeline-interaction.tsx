/**
 * One contact in the timeline: when, how, who, references (one tap copies), what was said, outcome.
 * Up to TIMELINE_MAX of these are mounted at once, so each keeps to the elements it needs.
 */
import { useFailureText } from '../../components/failure-text';
import { caseLink, editInteractionLink } from '../../lib/routes';
import { Link } from 'wouter';
import { formatDuration } from '../../domain/dates';
import type { Interaction } from '../../domain/types';
import { deleteInteraction, restoreInteraction } from '../../db/repositories/interaction-repo';
import { useFormat, useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import type { EntryItemProps } from './timeline-entry';

export function TimelineInteraction({ i, item }: { i: Interaction; item: EntryItemProps }) {
  const t = useT();
  const describeFailure = useFailureText();
  const f = useFormat();
  const show = useToastStore((s) => s.show);

  async function copy(ref: string) {
    try {
      await navigator.clipboard.writeText(ref);
      show({ message: t('timeline.refCopied', { ref }), tone: 'success' });
    } catch {
      show({ message: ref, tone: 'info' });
    }
  }

  async function remove() {
    try {
      await deleteInteraction(i.id);
      show({ message: t('timeline.contactDeleted'), tone: 'info', action: { label: t('common.undo'), run: () => restoreInteraction(i.id) } });
    } catch (error) {
      show({ message: describeFailure(error), tone: 'error' });
    }
  }

  const meta = [
    i.agentName ? (i.agentId ? t('timeline.agentWithId', { name: i.agentName, id: i.agentId }) : t('timeline.agent', { name: i.agentName })) : '',
    i.durationSec !== undefined ? t('timeline.duration', { time: formatDuration(i.durationSec) }) : '',
  ].filter(Boolean);
  return (
    <li className="tl-item tl-interaction" id={`interaction-${i.id}`} {...item}>
      <div className="tl-when">
        {f.instant(i.occurredAt, i.timeZone)} ({i.timeZone})
      </div>
      <div className="tl-head">
        <strong>{t('timeline.contact', { channel: t(`channel.${i.channel}`), direction: t(`direction.${i.direction}`) })}</strong>
        <span className={`badge badge-outcome badge-${i.outcome}`}>{t(`ioutcome.${i.outcome}`)}</span>
      </div>
      {meta.length > 0 && <p className="tl-meta">{meta.join(' · ')}</p>}
      {i.references.length > 0 && (
        <ul className="tl-refs">
          {i.references.map((ref) => (
            <li key={ref}>
              <button type="button" className="ref-chip" onClick={() => void copy(ref)} aria-label={t('timeline.copyRef', { ref })}>
                {ref}
              </button>
            </li>
          ))}
        </ul>
      )}
      {i.summary && <p className="tl-text tl-summary">{i.summary}</p>}
      {i.promisedBy && <p className="tl-meta tl-promise">{t('timeline.promised', { date: f.date(i.promisedBy) })}</p>}
      <div className="tl-tools">
        <Link href={editInteractionLink(i.caseId, i.id)} className="btn btn-ghost btn-small tl-edit">
          {t('timeline.editContact')}
        </Link>
        <Link href={caseLink(i.caseId, { attach: i.id })} className="btn btn-ghost btn-small tl-attach">
          {t('timeline.attachToContact')}
        </Link>
        <button type="button" className="btn btn-ghost btn-small tl-delete" onClick={() => void remove()}>
          {t('timeline.deleteContact')}
        </button>
      </div>
    </li>
  );
}
