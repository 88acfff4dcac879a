"use client";

import { useEffect, useState } from "react";

export function PhotoGallery({ teamId, locked }: { teamId: string; locked: boolean }) {
  const [photos, setPhotos] = useState<{ url: string; caption: string | null }[]>([]);
  const [password, setPassword] = useState("");
  const [unlocked, setUnlocked] = useState(!locked);
  useEffect(() => {
    if (!unlocked) return;
    fetch(`/api/teams/${teamId}/photos`).then(async (r) => setPhotos(await r.json()));
  }, [teamId, unlocked]);
  if (!unlocked) {
    return (
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await fetch(`/api/teams/${teamId}/gallery-access`, { method: "POST", body: JSON.stringify({ password }) });
          setUnlocked(r.ok);
        }}
      >
        <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" className="input" />
        <button className="btn">View photos</button>
      </form>
    );
  }
  return (
    <div className="grid grid-cols-3 gap-2">
      {photos.map((p) => (
        // eslint-disable-next-line @next/next/no-img-element
        <img key={p.url} src={p.url} alt={p.caption ?? ""} className="aspect-square object-cover" />
      ))}
    </div>
  );
}
