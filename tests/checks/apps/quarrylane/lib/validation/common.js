// Shared runtime checks used by the legacy JS handlers.
export function isCuid(v) {
  return typeof v === "string" && /^c[a-z0-9]{24}$/.test(v);
}

export function assertCuid(v) {
  if (!isCuid(v)) throw new Error("Invalid id");
  return v;
}
