"use client";

import { useTransition } from "react";
import { stopSessionAsOperator } from "@/app/actions";

export function StopSessionButton({ chargerId, sessionId }: { chargerId: string; sessionId?: string }) {
  const [pending, start] = useTransition();
  if (!sessionId) return <span className="text-xs text-gray-400">Idle · {chargerId.slice(-6)}</span>;
  return (
    <button
      disabled={pending}
      onClick={() => start(async () => {
        const res = await stopSessionAsOperator(sessionId);
        if (res && "error" in res) alert(res.error);
      })}
      className="rounded bg-red-600 px-3 py-1 text-white"
    >
      {pending ? "Stopping…" : "Stop session"}
    </button>
  );
}
