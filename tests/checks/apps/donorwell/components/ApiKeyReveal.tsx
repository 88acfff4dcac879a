"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { createPartnerKey } from "@/app/actions/admin";

export function ApiKeyReveal({ partnerId, currentPrefix }: { partnerId: string; currentPrefix: string }) {
  const { execute, result } = useAction(createPartnerKey);
  const [typed, setTyped] = useState("");
  const apiKey = result.data?.key ?? "";
  // ok: timing-unsafe-comparison
  const copiedOk = apiKey !== "" && typed === apiKey;
  return (
    <div>
      <p>Current key: {currentPrefix}…</p>
      <button onClick={() => execute({ partnerId })}>Rotate key</button>
      {apiKey && <code>{apiKey}</code>}
      <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Paste the key to confirm you saved it" />
      {copiedOk && <p>Saved.</p>}
    </div>
  );
}
