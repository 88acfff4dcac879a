"use client";

import { useAction } from "next-safe-action/hooks";
import { recordInspection } from "@/app/actions/inspections";

export function InspectionForm({ catchId, addNote }: { catchId: string; addNote: (fd: FormData) => Promise<void> }) {
  const { execute, isPending, result } = useAction(recordInspection);
  return (
    <div>
      <div className="flex gap-2">
        {(["pass", "hold", "fail"] as const).map((r) => (
          <button key={r} disabled={isPending} onClick={() => execute({ catchId, result: r })}>{r}</button>
        ))}
      </div>
      {result.data ? <p>Recorded.</p> : null}
      <form action={addNote}>
        <textarea name="note" />
        <button>Add note</button>
      </form>
    </div>
  );
}
