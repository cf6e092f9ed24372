type Decoded = { ok: true; text: string } | { ok: false; line: number; col: number; message: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The file's text as UTF-8 (a UTF-8 BOM is dropped); UTF-16 and invalid bytes are located errors. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, col: 1, message: "the file is UTF-16; save it as UTF-8" };
  }
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      line: lines.length,
      col: lines[lines.length - 1]!.replace(/^\uFEFF/, "").length + 1,
      message: `invalid UTF-8 (byte 0x${byte}); save the file as UTF-8`,
    };
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
