/** <option>s for a list of codes, labelled through the catalogue. */
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';

export function Options({ codes, prefix, placeholder }: { codes: readonly string[]; prefix: string; placeholder?: string | undefined }) {
  const t = useT();
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {codes.map((c) => (
        <option key={c} value={c}>
          {t(`${prefix}.${c}` as MessageKey)}
        </option>
      ))}
    </>
  );
}
