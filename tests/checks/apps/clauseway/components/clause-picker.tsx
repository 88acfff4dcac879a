"use client";

import { useEffect, useState } from "react";

type Template = { _id: string; title: string; category: string };

export function ClausePicker({ workspaceId, onPick }: { workspaceId: string; onPick: (t: Template) => void }) {
  const [items, setItems] = useState<Template[]>([]);
  useEffect(() => {
    fetch(`/api/clauses/search?workspaceId=${workspaceId}&q=a`).then((r) => r.json()).then(setItems).catch(() => setItems([]));
  }, [workspaceId]);
  return (
    <ul>
      {items.map((t) => (
        <li key={t._id}><button onClick={() => onPick(t)}>{t.title}</button></li>
      ))}
    </ul>
  );
}
