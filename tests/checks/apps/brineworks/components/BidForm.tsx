"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { placeBid } from "@/app/actions/bids";

export function BidForm({ lotId, minimum }: { lotId: string; minimum: number }) {
  const [amount, setAmount] = useState(Math.ceil(minimum + 1));
  const { execute, result, isPending } = useAction(placeBid);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        execute({ lotId, amount });
      }}
    >
      <input type="number" min={minimum} step="0.5" value={amount} onChange={(e) => setAmount(Number(e.target.value))} />
      <button className="btn" disabled={isPending}>Bid</button>
      {result.serverError ? <p role="alert">{result.serverError}</p> : null}
      {result.data?.ok ? <p>Bid placed.</p> : null}
    </form>
  );
}
