"use client";

import { useState, useTransition } from "react";
import { auditLogPage, searchAuditLog } from "./actions";

type Row = { id: string; action: string; actorId: string | null; target: string | null; at: string };

export function AuditTable({ initial, onExport }: { initial: Row[]; onExport: () => Promise<string> }) {
  const [rows, setRows] = useState<Row[]>(initial);
  const [q, setQ] = useState("");
  const [pending, start] = useTransition();

  const more = () =>
    start(async () => {
      const next = await auditLogPage(rows.at(-1)?.at ?? null);
      setRows((r) => [...r, ...next]);
    });

  const search = () =>
    start(async () => {
      const found = (await searchAuditLog({ q })) as { id: string; action: string; actor_id: string | null; target: string | null; created_at: string }[];
      setRows(found.map((f) => ({ id: f.id, action: f.action, actorId: f.actor_id, target: f.target, at: f.created_at })));
    });

  const download = () =>
    start(async () => {
      const csv = await onExport();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      a.download = "audit-log.csv";
      a.click();
    });

  return (
    <section>
      <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="action prefix" />
      <button onClick={search} disabled={pending}>Search</button>
      <button onClick={download} disabled={pending}>Export CSV</button>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}><td>{r.at}</td><td>{r.action}</td><td>{r.actorId}</td><td>{r.target}</td></tr>
          ))}
        </tbody>
      </table>
      <button onClick={more} disabled={pending}>Load more</button>
    </section>
  );
}
