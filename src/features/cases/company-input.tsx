/** Company name with the names already used suggested (most recent first). */
import { useId, type InputHTMLAttributes } from 'react';
import { useCompanySuggestions } from '../../db/hooks/companies';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { value: string; onChange: (v: string) => void };

export function CompanyInput({ value, onChange, ...rest }: Props) {
  const listId = useId();
  const names = useCompanySuggestions(value);
  return (
    <>
      <input {...rest} list={listId} value={value} autoComplete="organization" onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </>
  );
}
