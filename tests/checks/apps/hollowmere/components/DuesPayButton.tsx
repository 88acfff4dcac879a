"use client";

import { useActionState } from "react";
import { startDuesCheckout } from "@/app/actions/dues";

export function DuesPayButton({ buildingId, period }: { buildingId: string; period: string }) {
  const [, action, pending] = useActionState(startDuesCheckout.bind(null, buildingId), undefined);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="period" value={period} />
      <button disabled={pending}>Pay now</button>
    </form>
  );
}
