"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { logCatch } from "@/app/actions/catches";
import { describeCatch } from "@/app/actions/ai";
import { useState } from "react";

export function CatchForm({ boats }: { boats: { id: string; name: string }[] }) {
  const router = useRouter();
  const [notes, setNotes] = useState("");
  const save = useAction(logCatch, { onSuccess: ({ data }) => data && router.push(`/catches/${data.id}`) });
  const blurb = useAction(describeCatch, { onSuccess: ({ data }) => data && setNotes(data.text) });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        save.execute({
          boatId: String(f.get("boatId")),
          species: String(f.get("species")),
          weightKg: Number(f.get("weightKg")),
          reservePrice: f.get("reservePrice") ? Number(f.get("reservePrice")) : undefined,
          notes,
        });
      }}
    >
      <select name="boatId">{boats.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}</select>
      <input name="species" required />
      <input name="weightKg" type="number" step="0.1" required />
      <input name="reservePrice" type="number" step="0.5" />
      <textarea value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="button" onClick={() => blurb.execute({ species: "cod", weightKg: 100, grade: "A" })}>Suggest description</button>
      <button className="btn" disabled={save.isPending}>Save</button>
    </form>
  );
}
