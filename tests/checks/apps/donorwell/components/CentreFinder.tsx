"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { findCentres } from "@/app/actions/centres";

export function CentreFinder() {
  const [city, setCity] = useState("");
  const { execute, result, isPending } = useAction(findCentres);
  return (
    <div>
      <input value={city} onChange={(e) => setCity(e.target.value)} placeholder="City" />
      <button disabled={isPending} onClick={() => execute({ city })}>Find</button>
      <ul>{result.data?.map((c) => <li key={c.slug}><a href={`/centres/${c.slug}`}>{c.name}</a> — {c.address}</li>)}</ul>
    </div>
  );
}
