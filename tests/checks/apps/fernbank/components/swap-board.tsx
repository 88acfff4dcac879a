"use client";

import { useEffect, useState } from "react";

type Post = { id: string; title: string; kind: "offer" | "request"; produce?: string; quantity?: string };

export function SwapBoard({ gardenId, initial }: { gardenId: string; initial: Post[] }) {
  const [posts, setPosts] = useState(initial);
  const [filter, setFilter] = useState<"all" | "offer" | "request">("all");
  useEffect(() => {
    const t = setInterval(async () => {
      const res = await fetch(`/api/mobile/swap?gardenId=${encodeURIComponent(gardenId)}`);
      if (res.ok) setPosts(await res.json());
    }, 60_000);
    return () => clearInterval(t);
  }, [gardenId]);
  const shown = posts.filter((p) => filter === "all" || p.kind === filter);
  return (
    <section>
      <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
        <option value="all">All</option>
        <option value="offer">Offers</option>
        <option value="request">Requests</option>
      </select>
      <ul>{shown.map((p) => <li key={p.id}>{p.title} {p.produce ? `· ${p.produce}` : ""}</li>)}</ul>
    </section>
  );
}
