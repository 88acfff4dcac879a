"use client";

import { startCheckout } from "@/app/actions/subscriptions";

export function SubscribeButton({ showId, priceCents }: { showId: string; priceCents: number }) {
  return (
    <form action={startCheckout}>
      <input type="hidden" name="showId" value={showId} />
      <button>Subscribe for ${(priceCents / 100).toFixed(2)}/month</button>
    </form>
  );
}
