"use client";

import { useTransition } from "react";
import { schedulePickup } from "@/app/(donor)/give/actions";

export function PickupScheduler({ networkSlug }: { networkSlug: string }) {
  const [pending, start] = useTransition();
  return (
    <form action={(fd) => start(async () => { await schedulePickup(networkSlug, fd); })}>
      <input name="address" required />
      <select name="window"><option>morning</option><option>afternoon</option><option>evening</option></select>
      <textarea name="notes" />
      <button disabled={pending}>Schedule pickup</button>
    </form>
  );
}
