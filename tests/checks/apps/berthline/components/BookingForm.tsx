"use client";

import { useActionState } from "react";
import { requestHaulOut } from "@/app/bookings/actions";

export function BookingForm({ marinaId, vessels }: { marinaId: string; vessels: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(requestHaulOut, {});
  return (
    <form action={action}>
      <input type="hidden" name="marinaId" value={marinaId} />
      <select name="vesselId">
        {vessels.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      <input type="date" name="date" />
      <textarea name="notes" maxLength={500} />
      <button disabled={pending}>Request haul-out</button>
      {"error" in state && state.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
