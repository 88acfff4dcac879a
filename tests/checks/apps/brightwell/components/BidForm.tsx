"use client";

import { useAction } from "next-safe-action/hooks";
import { placeBid } from "@/app/actions/auction";

export function BidForm({ itemId, highBidCents }: { itemId: string; highBidCents: number }) {
  const { execute, result, isPending } = useAction(placeBid);
  return (
    <form action={(fd) => execute({ itemId, amountCents: Math.round(Number(fd.get("amount")) * 100) })}>
      <input name="amount" type="number" min={(highBidCents + 100) / 100} step="1" />
      <button disabled={isPending}>Bid</button>
      {result.data?.outbid && <p>Someone bid higher.</p>}
      {result.serverError && <p>{result.serverError}</p>}
    </form>
  );
}
