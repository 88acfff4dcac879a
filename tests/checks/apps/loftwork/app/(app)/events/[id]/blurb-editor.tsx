"use client";

import { useState } from "react";
import { BlurbHelper } from "@/components/blurb-helper";

export function BlurbEditor({ eventId, initial, save }: { eventId: string; initial: string; save: (fd: FormData) => Promise<void> }) {
  const [text, setText] = useState(initial);
  return (
    <form action={save} className="space-y-2">
      <textarea name="blurb" value={text} onChange={(e) => setText(e.target.value)} rows={6} className="input" />
      <BlurbHelper eventId={eventId} onUse={setText} />
      <button className="btn-primary">Save blurb</button>
    </form>
  );
}
