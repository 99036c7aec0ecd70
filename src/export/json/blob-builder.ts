/**
 * Builds a large Blob from many small strings. Pending text is folded into a Blob every megabyte or
 * so, so the export never holds more than that as JavaScript strings; browsers may keep big Blobs on disk.
 */
const FOLD_AT = 1 << 20;

export class BlobBuilder {
  private readonly parts: Blob[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FOLD_AT) this.fold();
  }

  finish(type: string): Blob {
    this.fold();
    return new Blob(this.parts, { type });
  }

  private fold(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingLength = 0;
  }
}
