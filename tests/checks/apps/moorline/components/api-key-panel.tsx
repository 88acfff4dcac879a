"use client";

import { useState } from "react";
import { createApiKey, revokeApiKey } from "@/app/(dashboard)/account/actions";

export function ApiKeyPanel({ orgId, keys }: { orgId: string; keys: { id: string; name: string; prefix: string }[] }) {
  const [fresh, setFresh] = useState<string | null>(null);
  const [apiKeyConfirm, setApiKeyConfirm] = useState("");
  const confirmed = (prefix: string) =>
    // ok: timing-unsafe-comparison
    apiKeyConfirm === prefix;
  return (
    <section>
      <form
        action={async (fd) => {
          fd.set("orgId", orgId);
          const res = await createApiKey(fd);
          if ("key" in res && res.key) setFresh(res.key);
        }}
      >
        <input name="name" placeholder="Key name (e.g. Navily)" />
        <button>Create key</button>
      </form>
      {fresh && <code>{fresh}</code>}
      <ul>
        {keys.map((k) => (
          <li key={k.id}>
            {k.name} ({k.prefix}…)
            <input placeholder="type the prefix to confirm" onChange={(e) => setApiKeyConfirm(e.target.value)} />
            <button disabled={!confirmed(k.prefix)} onClick={() => revokeApiKey(k.id)}>
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
