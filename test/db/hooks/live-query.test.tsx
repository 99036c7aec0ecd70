import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSettings } from '../../../src/db/hooks/settings';
import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { freshDatabase } from '../../helpers/db';

/** Every value a reader rendered, in order: "loading" stands for undefined. */
type Log = Record<string, string[]>;

function Reader({ name, log }: { name: string; log: Log }) {
  const settings = useSettings();
  const shown = settings ? settings.defaultCurrency : 'loading';
  (log[name] ??= []).push(shown);
  return <p>{`${name}: ${shown}`}</p>;
}

/** The first reader is always there; the second mounts on request, as a page's panel would. */
function Page({ log }: { log: Log }) {
  const [second, setSecond] = useState(false);
  return (
    <>
      <Reader name="page" log={log} />
      <button type="button" onClick={() => setSecond(true)}>
        mount
      </button>
      {second && <Reader name="panel" log={log} />}
    </>
  );
}

beforeEach(async () => {
  await freshDatabase();
});

describe('shared live queries', () => {
  it('is unknown at first, then gives a reader that mounts later the result on its very first render', async () => {
    const log: Log = {};
    render(<Page log={log} />);
    expect(await screen.findByText('page: EUR')).toBeInTheDocument();
    expect(log.page![0]).toBe('loading');

    act(() => screen.getByRole('button', { name: 'mount' }).click());
    expect(screen.getByText('panel: EUR')).toBeInTheDocument();
    expect(log.panel).not.toContain('loading');
  });

  it('keeps every reader live', async () => {
    const log: Log = {};
    render(<Page log={log} />);
    await screen.findByText('page: EUR');
    act(() => screen.getByRole('button', { name: 'mount' }).click());
    await act(() => updateSettings({ defaultCurrency: 'GBP' }));
    expect(await screen.findByText('page: GBP')).toBeInTheDocument();
    expect(screen.getByText('panel: GBP')).toBeInTheDocument();
  });

  it('shows a result at once to a reader that comes back soon after the last one left', async () => {
    const log: Log = {};
    const { unmount } = render(<Reader name="a" log={log} />);
    await screen.findByText('a: EUR');
    unmount();
    render(<Reader name="again" log={log} />);
    expect(screen.getByText('again: EUR')).toBeInTheDocument();
    expect(log.again).not.toContain('loading');
  });

  it('never shows one database’s result for another', async () => {
    const first: Log = {};
    const { unmount } = render(<Reader name="a" log={first} />);
    await screen.findByText('a: EUR');
    unmount();
    // Within the few seconds a result is kept after its last reader left, another database opens.
    await freshDatabase();
    await updateSettings({ defaultCurrency: 'JPY' });
    const second: Log = {};
    render(<Reader name="b" log={second} />);
    expect(await screen.findByText('b: JPY')).toBeInTheDocument();
    expect(second.b).not.toContain('EUR');
  });
});
