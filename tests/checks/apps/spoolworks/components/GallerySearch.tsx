"use client";

import { useState, useTransition } from "react";
import { searchGallery } from "@/app/gallery/actions";

export function GallerySearch() {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: string; title: string }[]>([]);
  const [pending, start] = useTransition();
  return (
    <div>
      <input
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          start(async () => {
            const res = await searchGallery({ q: e.target.value, sort: "popular", limit: 24 });
            setResults(res?.data ?? []);
          });
        }}
      />
      {pending ? <p>Searching…</p> : results.map((r) => <a key={r.id} href={`/models/${r.id}`}>{r.title}</a>)}
    </div>
  );
}
