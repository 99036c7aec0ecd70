/**
 * Vitest setup for tests in a page (happy-dom): jest-dom matchers, Testing Library's clean-up, and Node's own
 * Blob/File/TextEncoder back in place (the page environment's replacements break byte-level checks and
 * fake-indexeddb's cloning, which uses Node's structuredClone).
 */
import '@testing-library/jest-dom/vitest';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

const g = globalThis as Record<string, unknown>;
g.Blob = NodeBlob;
if (NodeFile) g.File = NodeFile;
g.TextEncoder = NodeTextEncoder;
g.TextDecoder = NodeTextDecoder;

// Screens read several live queries; on a loaded CI machine the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
