const STYLES: Record<string, string> = {
  available: "bg-emerald-100 text-emerald-800",
  reserved: "bg-amber-100 text-amber-800",
  occupied: "bg-sky-100 text-sky-800",
  out_of_service: "bg-rose-100 text-rose-800",
};

export function BerthStatusBadge({ status }: { status: string }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${STYLES[status] ?? "bg-muted"}`}>{status.replace(/_/g, " ")}</span>;
}
