"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { reserveSlot } from "@/app/actions/coldstore";

type Slot = { id: string; bay: string; startsAt: string; endsAt: string };

export function SlotPicker({ slots }: { slots: Slot[] }) {
  const [catchId, setCatchId] = useState("");
  const { execute, result } = useAction(reserveSlot);
  return (
    <div>
      <input placeholder="Catch id" value={catchId} onChange={(e) => setCatchId(e.target.value)} />
      <ul>
        {slots.map((s) => (
          <li key={s.id}>
            Bay {s.bay}: {new Date(s.startsAt).toLocaleString()} – {new Date(s.endsAt).toLocaleTimeString()}
            <button onClick={() => execute({ slotId: s.id, catchId })}>Reserve</button>
          </li>
        ))}
      </ul>
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
    </div>
  );
}
