"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { claimSeeds } from "@/app/actions/seeds";

export function ClaimSeedsButton({ listingId }: { listingId: string }) {
  const [message, setMessage] = useState("");
  const { execute, hasSucceeded, isExecuting } = useAction(claimSeeds);
  if (hasSucceeded) return <p>Request sent to the grower.</p>;
  return (
    <div>
      <textarea value={message} onChange={(e) => setMessage(e.target.value)} maxLength={500} />
      <button disabled={isExecuting} onClick={() => execute({ listingId, message })}>
        Ask for some
      </button>
    </div>
  );
}
