import { RemoteError } from "../errors.ts";

/**
 * The one place where an error answer from Lumos becomes a typed error. Lumos answers in three
 * shapes: HTTPValidationError `{detail: [{loc, msg, type}]}`, ApiError
 * `{detail, type, code, errors[]}`, and a plain `{detail: "..."}`.
 */
export function remoteErrorFromResponse(operation: string, status: number, body: unknown): RemoteError {
  const serverMessage = describeErrorBody(body);
  const hint = status === 401 ? " (check the API token: LUMOS_API_TOKEN, or the environment's token)" : "";
  return new RemoteError(
    codeForStatus(status),
    `${operation} failed with HTTP ${status}${serverMessage ? `: ${serverMessage}` : ""}${hint}`,
    { operation, status, serverMessage, retryable: status === 429 || status >= 500 },
  );
}

export function codeForStatus(status: number): string {
  if (status === 401 || status === 403) return "REMOTE_UNAUTHORIZED";
  if (status === 404) return "REMOTE_NOT_FOUND";
  if (status === 409) return "REMOTE_CONFLICT";
  if (status === 422 || status === 400) return "REMOTE_VALIDATION";
  if (status === 429) return "REMOTE_RATE_LIMITED";
  if (status === 501) return "REMOTE_NOT_IMPLEMENTED";
  if (status >= 500) return "REMOTE_SERVER_ERROR";
  return "REMOTE_HTTP_ERROR";
}

export function describeErrorBody(body: unknown): string {
  if (typeof body === "string") return body.trim().slice(0, 500);
  if (!isRecord(body)) return "";
  const { detail } = body;
  if (typeof detail === "string") {
    const errors = Array.isArray(body.errors) ? body.errors.map(describeValidationItem).filter(Boolean) : [];
    return [detail, ...errors].join("; ");
  }
  if (Array.isArray(detail)) return detail.map(describeValidationItem).filter(Boolean).join("; ");
  if (typeof body.message === "string") return body.message;
  return "";
}

function describeValidationItem(item: unknown): string {
  if (typeof item === "string") return item;
  if (!isRecord(item)) return "";
  const loc = Array.isArray(item.loc) ? item.loc.join(".") : typeof item.field === "string" ? item.field : "";
  const msg = typeof item.msg === "string" ? item.msg : typeof item.message === "string" ? item.message : "";
  return loc ? `${loc}: ${msg}` : msg;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
