import { describe, expect, it } from 'vitest';
import { prepareFile, sha256Hex } from '../../../src/features/evidence/prepare-file';

describe('prepareFile', () => {
  it('hashes with SHA-256 in lower-case hex (FIPS 180-2 test vector)', async () => {
    const bytes = new TextEncoder().encode('abc');
    expect(await sha256Hex(bytes.buffer as ArrayBuffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('stores the bytes read once, with the type its bytes prove when the system gave none', async () => {
    const bytes = new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]);
    const file = new File([bytes], 'IMG_0042.HEIC', { type: '' });
    const p = await prepareFile(file, { caseId: 'c1', kind: 'error-screenshot', note: '  ' });
    expect(p).toMatchObject({ caseId: 'c1', kind: 'error-screenshot', name: 'IMG_0042.HEIC', type: 'image/heic' });
    expect(p.blob).not.toBe(file);
    expect(p.blob.type).toBe('image/heic');
    expect(new Uint8Array(await p.blob.arrayBuffer())).toEqual(bytes);
    expect(p.sha256).toBe(await sha256Hex(bytes.buffer as ArrayBuffer));
    // Without an image decoder (or a format the browser cannot decode) the file is kept without preview.
    expect(p.thumbnail).toBeUndefined();
    expect(p.displayCopy).toBeUndefined();
    expect('note' in p).toBe(false);
    expect('interactionId' in p).toBe(false);
  });

  it('keeps the interaction and note', async () => {
    const p = await prepareFile(new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }), { caseId: 'c1', interactionId: 'i1', kind: 'email', note: 'From the agent' });
    expect(p).toMatchObject({ interactionId: 'i1', note: 'From the agent', type: 'application/pdf' });
  });
});
