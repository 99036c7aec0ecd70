/** The first bytes of a Blob (to tell what a file is without reading all of it), and whether that is all of it. */
export async function readHead(blob: Blob, length: number): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const bytes = new Uint8Array(await blob.slice(0, length).arrayBuffer());
  return { bytes, complete: blob.size <= length };
}
