"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { generateBlurbForMyEvent } from "@/app/actions/ai";

export function BlurbHelper({ eventId, onUse }: { eventId: string; onUse: (text: string) => void }) {
  const [details, setDetails] = useState("");
  const { execute, isPending, data, error } = useServerAction(generateBlurbForMyEvent);
  return (
    <div className="rounded border p-3 space-y-2">
      <textarea value={details} onChange={(e) => setDetails(e.target.value)} placeholder="Speakers, snacks, vibe…" className="input" />
      <button type="button" disabled={isPending} onClick={() => execute({ eventId, details })} className="btn-secondary">
        ✨ Write my blurb
      </button>
      {error && <p className="text-sm text-red-600">Couldn't generate a blurb right now.</p>}
      {data?.text && (
        <div>
          <p className="italic">{data.text}</p>
          <button type="button" onClick={() => onUse(data.text)} className="btn-ghost">Use this</button>
        </div>
      )}
    </div>
  );
}
