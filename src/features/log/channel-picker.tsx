/** Channel as a row of large radio chips: one tap on a phone. */
import { CHANNELS, type Channel } from '../../domain/types';
import { Icon, type IconName } from '../../components/icon';
import { useT } from '../../i18n/use-t';

const ICONS: Partial<Record<Channel, IconName>> = { chat: 'chat', phone: 'phone', email: 'mail', 'web-form': 'file', letter: 'mail' };

export function ChannelPicker({ value, onChange, label }: { value: string; onChange: (c: Channel) => void; label: string }) {
  const t = useT();
  return (
    <fieldset className="chip-fieldset">
      <legend>{label}</legend>
      <div className="chips" role="radiogroup" aria-label={label}>
        {CHANNELS.map((c) => (
          <label key={c} className="chip chip-radio">
            <input type="radio" name="channel" className="visually-hidden" value={c} checked={value === c} onChange={() => onChange(c)} />
            {ICONS[c] && <Icon name={ICONS[c]} size={18} />}
            {t(`channel.${c}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
