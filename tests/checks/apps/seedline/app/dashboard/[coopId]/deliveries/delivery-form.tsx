"use client";

import { useActionState } from "react";
import { recordDelivery, type DeliveryState } from "./actions";

export function DeliveryForm({ coopId, warehouseId }: { coopId: string; warehouseId: string }) {
  const [state, action, pending] = useActionState<DeliveryState, FormData>(recordDelivery, {});
  return (
    <form action={action}>
      <input type="hidden" name="coopId" value={coopId} />
      <input type="hidden" name="warehouseId" value={warehouseId} />
      <input name="memberId" placeholder="Member" />
      <input name="grossKg" inputMode="decimal" />
      <input name="tareKg" inputMode="decimal" />
      <input name="moisturePct" inputMode="decimal" />
      {state.error && <p className="text-red-600">{state.error}</p>}
      {state.ticketNo && <p>Ticket {state.ticketNo} printed.</p>}
      <button disabled={pending}>Record delivery</button>
    </form>
  );
}
