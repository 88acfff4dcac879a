"use client";

import { useAction } from "next-safe-action/hooks";
import { updateTierPrice } from "@/app/(organizer)/dashboard/[org]/tiers/actions";

// Client component: never analysed as server code, even though it talks about secrets and ids.
export function TierPriceEditor({ tierId, priceCents, apiToken }: { tierId: string; priceCents: number; apiToken?: string }) {
  const { execute, status, result } = useAction(updateTierPrice);
  const token = apiToken ?? "";
  // ok: timing-unsafe-comparison
  const matches = token === process.env.NEXT_PUBLIC_DEMO_TOKEN;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const cents = Number(new FormData(e.currentTarget).get("price")) * 100;
        execute({ tierId, priceCents: cents });
      }}
    >
      <input name="price" defaultValue={(priceCents / 100).toFixed(2)} />
      <button disabled={status === "executing"}>Save{matches ? " (demo)" : ""}</button>
      {result.serverError && <p role="alert">{result.serverError}</p>}
    </form>
  );
}
