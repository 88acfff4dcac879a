"use client";

import { useState } from "react";

type Member = { id: string; name: string; email: string; plan: string; credits: number; role: string };

export function MemberTable({
  studioId,
  members,
  saveNotes,
  adjustCredits,
}: {
  studioId: string;
  members: Member[];
  saveNotes: (fd: FormData) => Promise<void>;
  adjustCredits: (fd: FormData) => Promise<void>;
}) {
  const [filter, setFilter] = useState("");
  const visible = members.filter((m) => m.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <div>
      <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter" />
      {visible.map((m) => (
        <div key={m.id}>
          <strong>{m.name}</strong> {m.email} · {m.plan} · {m.credits} credits
          <form action={saveNotes}>
            <input type="hidden" name="studioId" value={studioId} />
            <input type="hidden" name="membershipId" value={m.id} />
            <input name="notes" />
          </form>
          <form action={adjustCredits}>
            <input type="hidden" name="studioId" value={studioId} />
            <input type="hidden" name="membershipId" value={m.id} />
            <input name="credits" type="number" defaultValue={m.credits} />
          </form>
        </div>
      ))}
    </div>
  );
}
