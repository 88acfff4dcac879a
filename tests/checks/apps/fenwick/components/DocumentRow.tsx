"use client";

import { useState, useTransition } from "react";
import { deleteDocument, renameDocument, createShareLink } from "@/app/actions/documents";

export function DocumentRow({ id, fileName, sizeBytes }: { id: string; fileName: string; sizeBytes: number }) {
  const [name, setName] = useState(fileName);
  const [share, setShare] = useState<{ url: string; pin: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <li>
      <a href={`/api/documents/${id}`}>{name}</a> ({Math.round(sizeBytes / 1024)} KB)
      <button disabled={pending} onClick={() => { const n = prompt("New name", name); if (n) start(async () => { await renameDocument(id, n); setName(n); }); }}>Rename</button>
      <button disabled={pending} onClick={() => start(async () => setShare(await createShareLink(id)))}>Share</button>
      <button disabled={pending} onClick={() => start(() => deleteDocument(id))}>Delete</button>
      {share && <small> {share.url} — PIN {share.pin}</small>}
    </li>
  );
}
