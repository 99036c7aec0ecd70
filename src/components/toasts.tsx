/** Renders the toast queue in a polite live region; each toast leaves after its duration. */
import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { useToastStore, type Toast } from '../stores/toast-store';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  const show = useToastStore((s) => s.show);
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.duration);
    return () => clearTimeout(timer);
  }, [toast.id, toast.duration, dismiss]);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="btn btn-small btn-on-dark"
          onClick={() => {
            dismiss(toast.id);
            // An undo is a write too: if it fails, say so.
            Promise.resolve()
              .then(toast.action!.run)
              .catch(() => show({ message: t('failure.action.unknown'), tone: 'error' }));
          }}
        >
          {toast.action.label}
        </button>
      )}
    </div>
  );
}

export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
