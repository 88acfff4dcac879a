"use client";

import { useMemo, useState } from "react";

type Pantry = { id: string; name: string; slug: string; address: string; lat: number; lng: number; hours: string | null };

export function PantryFinder({ pantries }: { pantries: Pantry[] }) {
  const [q, setQ] = useState("");
  const shown = useMemo(() => pantries.filter((p) => `${p.name} ${p.address}`.toLowerCase().includes(q.toLowerCase())), [q, pantries]);
  return (
    <section>
      <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Town or ZIP" />
      <ul>{shown.map((p) => <li key={p.id}><strong>{p.name}</strong> — {p.address} {p.hours && `(${p.hours})`}</li>)}</ul>
    </section>
  );
}
