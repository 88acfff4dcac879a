"use client";

import { useState } from "react";

type Row = { id: string; label: string; site: string; storage: string | null };

export function SampleTable({ rows }: { rows: Row[] }) {
  const [filter, setFilter] = useState("");
  const shown = rows.filter((r) => r.label.toLowerCase().includes(filter.toLowerCase()));
  return (
    <>
      <input placeholder="Filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <table>
        <tbody>{shown.map((r) => <tr key={r.id}><td>{r.label}</td><td>{r.site}</td><td>{r.storage}</td></tr>)}</tbody>
      </table>
    </>
  );
}
