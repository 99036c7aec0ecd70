/** "Snooze" with three choices: 1 day, 3 days, or a chosen date. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { addDaysIso, isoDateOf } from '../../domain/dates';
import { snoozeForDays, snoozeUntilDay } from '../../domain/follow-up';
import type { Instant } from '../../domain/types';
import { useT } from '../../i18n/use-t';

interface Props {
  /** Names the action in the button's accessible name. */
  title: string;
  now: Instant;
  timeZone: string;
  onSnooze: (until: Instant) => void;
}

export function SnoozeMenu({ title, now, timeZone, onSnooze }: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const tomorrow = addDaysIso(isoDateOf(now, timeZone), 1);
  const [date, setDate] = useState(tomorrow);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onClick = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const choose = (until: Instant) => {
    setOpen(false);
    setPicking(false);
    onSnooze(until);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (date >= tomorrow) choose(snoozeUntilDay(date, timeZone));
  };

  return (
    <div className="snooze" ref={box}>
      <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={`${id}-menu`} aria-label={t('snooze.label', { title })} onClick={() => setOpen((o) => !o)}>
        {t('snooze.button')}
      </button>
      {open && (
        <div className="snooze-menu card" id={`${id}-menu`} role="group" aria-label={t('snooze.label', { title })}>
          <button type="button" className="btn btn-small" onClick={() => choose(snoozeForDays(now, 1, timeZone))}>
            {t('snooze.oneDay')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => choose(snoozeForDays(now, 3, timeZone))}>
            {t('snooze.threeDays')}
          </button>
          {!picking ? (
            <button type="button" className="btn btn-small" onClick={() => setPicking(true)}>
              {t('snooze.pick')}
            </button>
          ) : (
            <form className="snooze-date" onSubmit={submit}>
              <label htmlFor={`${id}-date`}>{t('snooze.date')}</label>
              <input id={`${id}-date`} type="date" min={tomorrow} required value={date} onChange={(e) => setDate(e.target.value)} />
              <button type="submit" className="btn btn-small btn-primary">
                {t('snooze.confirm')}
              </button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
