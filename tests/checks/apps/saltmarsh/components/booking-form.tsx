"use client";

import { useServerAction } from "zsa-react";
import { createVesselBooking } from "@/app/bookings/vessel/actions";

export function BookingForm({ tenantId, vesselId }: { tenantId?: string; vesselId?: string }) {
  const { execute, isPending, error } = useServerAction(createVesselBooking);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        await execute({ tenantId: tenantId ?? "", vesselId: vesselId ?? "", day: String(fd.get("day")) });
      }}
    >
      <input name="day" type="date" required />
      {error && <p role="alert">{error.message}</p>}
      <button disabled={isPending}>Book vessel day</button>
    </form>
  );
}
