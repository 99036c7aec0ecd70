/** The notifications switch: permission, background checks where offered, and what to expect. */
import { useFailureText } from '../../components/failure-text';
import { useId, useState } from 'react';
import { updateSettings } from '../../db/repositories/settings-repo';
import type { Settings } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import '../../components/rule-panels.css';
import { askNotificationPermission, checkRemindersNow, notificationSupport, setBackgroundChecks, type NotificationSupport } from '../../pwa/reminders-client';

export function ReminderSettings({ settings }: { settings: Settings }) {
  const t = useT();
  const describeFailure = useFailureText();
  const id = useId();
  const [support, setSupport] = useState<NotificationSupport>(() => notificationSupport());
  const [background, setBackground] = useState<boolean>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const on = settings.notificationsEnabled && support === 'granted';

  const toggle = async (want: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      if (want) {
        const permission = await askNotificationPermission();
        setSupport(permission);
        if (permission !== 'granted') return;
        await updateSettings({ notificationsEnabled: true });
        setBackground(await setBackgroundChecks(true));
        await checkRemindersNow();
      } else {
        await updateSettings({ notificationsEnabled: false });
        setBackground(await setBackgroundChecks(false));
      }
    } catch (e) {
      setError(describeFailure(e));
    } finally {
      setBusy(false);
    }
  };

  const status = support === 'unsupported' ? t('notify.unsupported') : support === 'denied' ? t('notify.denied') : on ? t(background ? 'notify.background' : 'notify.foreground') : '';
  return (
    <div className="reminder-settings">
      <div className="field">
        <label htmlFor={id} className="checkbox-label">
          <input id={id} type="checkbox" checked={on} disabled={busy || support === 'unsupported' || support === 'denied'} onChange={(e) => void toggle(e.target.checked)} aria-describedby={`${id}-hint`} />
          {t('notify.enable')}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('notify.hint')}
        </p>
        {status && (
          <p className="small" role="status">
            {status}
          </p>
        )}
        {error && (
          <p className="field-message" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
