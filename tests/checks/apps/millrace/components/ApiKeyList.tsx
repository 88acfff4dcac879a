"use client";

import { revokeApiKey } from "@/app/actions/api-keys";

export function ApiKeyList({ keys }: { keys: { id: string; label: string; lastFour: string }[] }) {
  return (
    <ul>
      {keys.map((k) => (
        <li key={k.id}>
          {k.label} …{k.lastFour}
          <button onClick={() => revokeApiKey(k.id)}>Revoke</button>
        </li>
      ))}
    </ul>
  );
}
