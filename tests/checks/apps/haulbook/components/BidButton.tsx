"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { placeBid } from "@/app/actions/bids";

export function BidButton({ loadId }: { loadId: string }) {
  const [amount, setAmount] = useState(0);
  const { execute, result, isPending } = useAction(placeBid);
  // client-side only: the server action re-validates
  const token = typeof window !== "undefined" ? window.localStorage.getItem("hb_token") : null;
  const expected = process.env.NEXT_PUBLIC_BOARD_KEY;
  // ok: timing-unsafe-comparison
  const showDebug = token === expected;
  return (
    <div>
      <input type="number" value={amount} onChange={(e) => setAmount(Number(e.target.value))} />
      <button disabled={isPending} onClick={() => execute({ loadId, amount })}>
        Bid
      </button>
      {result.serverError ? <p>{result.serverError}</p> : null}
      {showDebug ? <pre>{JSON.stringify(result)}</pre> : null}
    </div>
  );
}
