"use client";

import { useAction } from "next-safe-action/hooks";
import { listClaims } from "@/app/actions/claims";

export function ClaimNotes({ insurerSecret, claimSecret }: { insurerSecret: string; claimSecret: string }) {
  const { execute, result } = useAction(listClaims);
  // ok: timing-unsafe-comparison
  const same = insurerSecret === claimSecret;
  return (
    <div>
      <button onClick={() => execute({})}>Load</button>
      {same && <span>linked</span>}
      <pre>{JSON.stringify(result.data ?? [], null, 2)}</pre>
    </div>
  );
}
