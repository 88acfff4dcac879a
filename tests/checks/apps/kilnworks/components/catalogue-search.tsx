"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { searchCatalogue } from "@/app/catalogue/actions";

export function CatalogueSearch() {
  const [q, setQ] = useState("");
  const { execute, data, isPending } = useServerAction(searchCatalogue);
  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Wheel throwing, raku…" />
      <button disabled={isPending} onClick={() => execute({ q })}>
        Search
      </button>
      <ul>{data?.map((c) => <li key={c.id}>{c.title}</li>)}</ul>
    </div>
  );
}
