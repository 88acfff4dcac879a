"use client";

import { useState, useTransition } from "react";

export function PlotNotesForm({ action, initial }: { action: (fd: FormData) => Promise<void>; initial: string }) {
  const [notes, setNotes] = useState(initial);
  const [pending, start] = useTransition();
  return (
    <form action={(fd) => start(() => action(fd))}>
      <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
      <button disabled={pending}>{pending ? "Saving…" : "Save notes"}</button>
    </form>
  );
}
