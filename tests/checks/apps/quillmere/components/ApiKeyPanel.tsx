"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { createApiKey, revokeApiKey } from "@/app/actions/api-keys";

export function ApiKeyPanel({ keys }: { keys: { id: string; name: string }[] }) {
  const [name, setName] = useState("");
  const [confirm, setConfirm] = useState("");
  const create = useAction(createApiKey);
  const revoke = useAction(revokeApiKey);
  const newKey = create.result.data?.key;
  // ok: timing-unsafe-comparison
  const confirmed = newKey !== undefined && confirm === newKey.slice(-6);
  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={() => create.execute({ name })}>Create key</button>
      {newKey && <code>{newKey}</code>}
      <input placeholder="Type the last 6 characters to confirm you saved it" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      {confirmed && <p>Saved.</p>}
      {keys.map((k) => (
        <button key={k.id} onClick={() => revoke.execute({ keyId: k.id })}>Revoke {k.name}</button>
      ))}
    </div>
  );
}
