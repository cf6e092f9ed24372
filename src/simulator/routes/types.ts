export interface RouteRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** Already checked against the contract. */
  body: unknown;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: RouteRequest) => RouteResult;

/** Handlers keyed by the contract's operationId. */
export type Routes = Record<string, Handler>;

export function ok(body: unknown, status = 200): RouteResult {
  return { status, body };
}

/** Lumos's page envelope over an in-memory list; only the page's items are rendered. */
export function paginate<T, R = T>(items: readonly T[], query: Record<string, unknown>, render?: (item: T) => R): RouteResult {
  const size = typeof query.size === "number" ? query.size : 50;
  const page = typeof query.page === "number" ? query.page : 1;
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return ok({
    items: render ? slice.map(render) : slice,
    total: items.length,
    page,
    size,
    pages: Math.ceil(items.length / size),
  });
}

/** Whether a query's search term filters at all (absent or empty matches everything). */
export function isSearch(search: unknown): search is string {
  return typeof search === "string" && search !== "";
}

export function matchesName(value: string | null | undefined, search: unknown, exact: unknown): boolean {
  if (!isSearch(search)) return true;
  if (value === null || value === undefined) return false;
  return exact === true ? value === search : value.toLowerCase().includes(search.toLowerCase());
}

/** `name_search` of the app lists: against the name, the instance ID and the app class ID. */
export function matchesAppSearch(
  app: { name: string; instance_id: string; app_class_id: string },
  search: unknown,
  exact: unknown,
): boolean {
  return [app.name, app.instance_id, app.app_class_id].some((value) => matchesName(value, search, exact));
}
