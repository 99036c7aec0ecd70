/** A 3-letter currency code field with the common codes suggested; any ISO 4217 code is accepted. */
import { useId, type InputHTMLAttributes } from 'react';

const COMMON = ['EUR', 'USD', 'GBP', 'CAD', 'CHF', 'PLN', 'SEK', 'NOK', 'DKK', 'JPY', 'AUD', 'CZK', 'HUF', 'RON', 'UAH'];

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { value: string; onChange: (v: string) => void };

export function CurrencyInput({ value, onChange, ...rest }: Props) {
  const listId = useId();
  return (
    <>
      <input
        {...rest}
        list={listId}
        value={value}
        maxLength={3}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value.toUpperCase())}
      />
      <datalist id={listId}>
        {COMMON.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </>
  );
}
