/**
 * A file decoded from the base64 of an export while the file is read. Sealing hashes it, tells its
 * kind from its bytes (the type the file claims is not trusted) and moves the bytes into a Blob, one
 * file at a time, before anything is written to the database.
 */
import { sniffFileKind, type FileKind } from '../../domain/file-kind';
import { joinBytes } from './base64';
import { sha256Hex } from './sha256';

export class DecodedFile {
  private parts: Uint8Array[] | null;
  private sealed: Blob | null = null;
  readonly size: number;
  /** Lower-case hex SHA-256 of the bytes, once sealed. */
  sha256 = '';
  /** What the bytes are, once sealed. */
  kind: FileKind = 'other';

  constructor(parts: Uint8Array[]) {
    this.parts = parts;
    this.size = parts.reduce((n, p) => n + p.length, 0);
  }

  async seal(): Promise<void> {
    if (!this.parts) return;
    const bytes = joinBytes(this.parts);
    this.parts = null;
    this.sha256 = await sha256Hex(bytes);
    this.kind = sniffFileKind(bytes);
    this.sealed = new Blob([bytes]);
  }

  /** The bytes as a Blob of the given media type. */
  blob(type: string): Blob {
    if (!this.sealed) throw new Error('DecodedFile.blob() before seal()');
    return this.sealed.slice(0, this.sealed.size, type);
  }
}
