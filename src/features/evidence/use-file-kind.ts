/**
 * The kind of a stored file, from its first bytes, whatever type it was stored with: files stored
 * before the type came from the bytes may carry a type that lies. Undefined until read.
 */
import { useEffect, useState } from 'react';
import { SNIFF_BYTES, sniffFileKind, type FileKind } from '../../domain/file-kind';
import { readHead } from '../../lib/blob-head';

export async function sniffBlob(blob: Blob): Promise<FileKind> {
  const { bytes, complete } = await readHead(blob, SNIFF_BYTES);
  return sniffFileKind(bytes, complete);
}

export function useFileKind(blob: Blob | undefined): FileKind | undefined {
  const [found, setFound] = useState<{ blob: Blob; kind: FileKind } | undefined>(undefined);
  useEffect(() => {
    if (!blob) return;
    let live = true;
    // An unreadable file is offered as a download only.
    sniffBlob(blob)
      .catch((): FileKind => 'other')
      .then((kind) => {
        if (live) setFound({ blob, kind });
      });
    return () => {
      live = false;
    };
  }, [blob]);
  return found && found.blob === blob ? found.kind : undefined;
}
