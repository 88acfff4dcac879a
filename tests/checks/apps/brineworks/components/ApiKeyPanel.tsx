"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { createApiKey, revokeApiKey } from "@/app/actions/api-keys";

export function ApiKeyPanel({ keys }: { keys: { id: string; name: string; prefix: string }[] }) {
  const [name, setName] = useState("");
  const [fresh, setFresh] = useState<string | null>(null);
  const create = useAction(createApiKey, { onSuccess: ({ data }) => data && setFresh(data.key) });
  const revoke = useAction(revokeApiKey);
  return (
    <div>
      <ul>{keys.map((k) => <li key={k.id}>{k.name} ({k.prefix}…) <button onClick={() => revoke.execute({ id: k.id })}>Revoke</button></li>)}</ul>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={() => create.execute({ name })}>Create key</button>
      {fresh ? <p>Copy this key now, it will not be shown again: <code>{fresh}</code></p> : null}
    </div>
  );
}
