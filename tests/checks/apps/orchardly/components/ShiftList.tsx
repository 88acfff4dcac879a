"use client";

import { useTransition } from "react";

type ShiftView = { id: string; kind: string; startsAt: string; free: number; mine: boolean };

export function ShiftList({ shifts, onJoin, onLeave }: { shifts: ShiftView[]; onJoin: (id: string) => Promise<unknown>; onLeave: (id: string) => Promise<unknown> }) {
  const [pending, start] = useTransition();
  return (
    <ul className="divide-y">
      {shifts.map((s) => (
        <li key={s.id} className="flex items-center justify-between py-2">
          <span>{new Date(s.startsAt).toLocaleString()} · {s.kind} · {s.free} free</span>
          {s.mine ? (
            <button disabled={pending} onClick={() => start(() => void onLeave(s.id))} className="btn-sm">Leave</button>
          ) : (
            <button disabled={pending || s.free <= 0} onClick={() => start(() => void onJoin(s.id))} className="btn-sm">Join</button>
          )}
        </li>
      ))}
    </ul>
  );
}
