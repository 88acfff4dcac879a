"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { placeBid } from "@/app/(translator)/bids/actions";

export function BidForm({ jobId }: { jobId: string }) {
  const [amount, setAmount] = useState("");
  const { execute, status, result } = useAction(placeBid);
  return (
    <form onSubmit={(e) => { e.preventDefault(); execute({ jobId, amountCents: Math.round(Number(amount) * 100) }); }}>
      <input value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="Your price (EUR)" />
      <button disabled={status === "executing"}>Place bid</button>
      {result.serverError && <p role="alert">{result.serverError}</p>}
    </form>
  );
}
