// Reads an article file as text, refusing what is not UTF-8 text. Shared by the parse command and the build,
// so it reports problems as values (with the file's name in them) and never exits the process.
import { readFile } from 'node:fs/promises';

export type ArticleFileResult = { ok: true; text: string } | { ok: false; problem: string };

/** Decodes the bytes of an article file. `fileName` only goes into the problem: "notes.txt: empty file". */
export function decodeArticleBytes(bytes: Uint8Array, fileName: string): ArticleFileResult {
  if (bytes.length === 0) return { ok: false, problem: `${fileName}: empty file` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `${fileName}: binary file, not text (NUL byte at offset ${nul})` };
  const invalid = firstInvalidUtf8Offset(bytes);
  if (invalid >= 0) return { ok: false, problem: `${fileName}: not UTF-8 text (invalid byte at offset ${invalid})` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: `${fileName}: not UTF-8 text` };
  }
}

/** Reads and decodes the article file at `path`; the problem names the file as `path` was written. */
export async function readArticleFile(path: string): Promise<ArticleFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: `${path}: ${describeReadError(error)}` };
  }
  return decodeArticleBytes(bytes, path);
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read the file (${typeof code === 'string' ? code : 'unknown error'})`;
  }
}

/**
 * The offset of the first byte sequence that is not well-formed UTF-8 (overlong forms, surrogates, code points
 * above U+10FFFF and truncated sequences included), or -1. TextDecoder says that a text is invalid, not where:
 * an editor needs the offset to find a Latin-1 "é" in a long file.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const min = next === 1 ? low : 0x80;
      const max = next === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}
