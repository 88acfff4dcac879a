"use client";

import { useState, useTransition } from "react";
import { castVote } from "@/app/actions/polls";

export function PollVote({ buildingId, pollId, options }: { buildingId: string; pollId: string; options: { id: string; label: string }[] }) {
  const [choice, setChoice] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      {options.map((o) => (
        <label key={o.id} className="block">
          <input type="radio" name="option" value={o.id} onChange={() => setChoice(o.id)} /> {o.label}
        </label>
      ))}
      <button
        disabled={!choice || pending}
        onClick={() =>
          start(async () => {
            const res = await castVote(buildingId, { pollId, optionId: choice! });
            setStatus(res.ok ? "Vote recorded." : res.error ?? "Could not vote");
          })
        }
      >
        Vote
      </button>
      {status && <p>{status}</p>}
    </div>
  );
}
