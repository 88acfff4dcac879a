"use client";

import { useEffect, useState } from "react";

type Hit = { id: string; title: string; showSlug?: string; slug?: string };

export function SearchBox() {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  useEffect(() => {
    if (q.length < 2) return;
    const t = setTimeout(async () => {
      const res = await fetch(`/api/search?q=${encodeURIComponent(q)}`);
      const data = await res.json();
      setHits([...(data.episodes ?? []), ...(data.shows ?? [])]);
    }, 250);
    return () => clearTimeout(t);
  }, [q]);
  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search podcasts" />
      <ul>{hits.map((h) => <li key={h.id}>{h.title}</li>)}</ul>
    </div>
  );
}
