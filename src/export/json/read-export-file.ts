/**
 * Reads an export file in chunks: UTF-8 text (a byte-order mark is skipped) into the streaming JSON
 * parser, with every base64 file decoded as it arrives and hashed once complete. Nothing here writes.
 */
import { Base64Decoder, Base64Error } from './base64';
import { DecodedFile } from './decoded-file';
import { MAX_EMBEDDED_FILE_BYTES, MAX_IMPORT_BYTES } from './format';
import { ImportError, whereInFile, type ImportErrorKind } from './import-error';
import { JsonStreamError, JsonStreamParser, type JsonErrorReason } from './json-stream';

export interface ReadLimits {
  maxBytes?: number;
  maxFileBytes?: number;
  maxStringLength?: number;
}

const CHUNK = 1 << 20;

const KIND_OF: Record<JsonErrorReason, ImportErrorKind> = {
  syntax: 'not-json',
  truncated: 'truncated',
  empty: 'empty',
  'too-deep': 'too-deep',
  'string-too-long': 'text-too-long',
  binary: 'bad-file',
};

/** The parsed file: null-prototype objects, with a DecodedFile (sealed) in place of each base64 text. */
export async function readExportFile(file: Blob, name: string, limits: ReadLimits = {}): Promise<unknown> {
  const maxBytes = limits.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) throw new ImportError('too-large', { file: name }, `the file has ${file.size} bytes, the limit is ${maxBytes}`, { size: file.size, max: maxBytes });
  const maxFileBytes = limits.maxFileBytes ?? MAX_EMBEDDED_FILE_BYTES;
  const decoded: DecodedFile[] = [];
  const parser = new JsonStreamParser({
    maxStringLength: limits.maxStringLength ?? 2_000_000,
    binaryKey: 'base64',
    openBinary: () => {
      const decoder = new Base64Decoder(maxFileBytes);
      return {
        write: (text) => decoder.write(text),
        end: () => {
          const f = new DecodedFile(decoder.end());
          decoded.push(f);
          return f;
        },
      };
    },
  });
  const text = new TextDecoder('utf-8', { fatal: true });
  const feed = async (chunk: string) => {
    try {
      parser.write(chunk);
    } catch (error) {
      throw asImportError(error, name, maxFileBytes);
    }
    // Hash and store each finished file before reading on, so only one file's bytes are loose at a time.
    while (decoded.length) await decoded.shift()!.seal();
  };
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const bytes = await readSlice(file, offset, name);
    await feed(decodeText(text, bytes, name));
  }
  await feed(decodeText(text, undefined, name));
  try {
    return parser.end();
  } catch (error) {
    throw asImportError(error, name, maxFileBytes);
  }
}

async function readSlice(file: Blob, offset: number, name: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
  } catch (error) {
    throw new ImportError('unreadable', { file: name }, error instanceof Error ? error.message : String(error));
  }
}

function decodeText(decoder: TextDecoder, bytes: Uint8Array | undefined, name: string): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw new ImportError('not-text', { file: name }, 'the file is not UTF-8 text');
  }
}

function asImportError(error: unknown, name: string, maxFileBytes: number): unknown {
  if (!(error instanceof JsonStreamError)) return error;
  // A file over the limit is not damaged: it is too large, and the message says so with the limit.
  if (error.cause instanceof Base64Error && error.cause.reason === 'too-large') {
    return new ImportError('file-too-large', whereInFile(name, error.path), `an attached file is larger than ${maxFileBytes} bytes`, { max: maxFileBytes });
  }
  return new ImportError(KIND_OF[error.reason], whereInFile(name, error.path), `${error.message} (at character ${error.offset})`, { offset: error.offset });
}
