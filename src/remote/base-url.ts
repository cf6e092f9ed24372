import { LumosIacError } from "../errors.ts";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Bearer tokens go only over TLS, except to this machine. */
export function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LumosIacError("INVALID_URL", `not a valid API URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
    throw new LumosIacError(
      "INSECURE_URL",
      `refusing to send the API token over plain http to ${url.host}; use https (plain http is allowed only for localhost)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new LumosIacError("INVALID_URL", `the API URL must be http(s): ${raw}`);
  }
  return url.toString().replace(/\/$/, "");
}
