"use client";

import { useState } from "react";

/** Lets an admin confirm they copied the server key correctly before closing the dialog. */
export function SdkKeyReveal({ serverKey }: { serverKey: string }) {
  const [typed, setTyped] = useState("");
  const apiKey = serverKey;
  // ok: timing-unsafe-comparison
  const matches = typed === apiKey;
  return (
    <div className="space-y-2">
      <code className="block rounded bg-slate-900 p-2 text-slate-100">{serverKey}</code>
      <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Paste the key to confirm" />
      {matches ? <p className="text-green-600">Key confirmed</p> : null}
    </div>
  );
}
