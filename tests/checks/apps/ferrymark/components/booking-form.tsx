"use client";

import { useActionState } from "react";
import { createBooking } from "@/app/(passenger)/bookings/actions";

export function BookingForm({ sailingId }: { sailingId: string }) {
  const [state, action] = useActionState(async (_: unknown, fd: FormData) => createBooking(fd), null);
  return (
    <form action={action}>
      <input type="hidden" name="sailingId" value={sailingId} />
      <input name="passengers" type="number" min={1} max={12} defaultValue={1} />
      <input name="vehiclePlate" placeholder="Vehicle plate (optional)" />
      <input name="petCount" type="number" min={0} max={3} defaultValue={0} />
      <button>Book</button>
      {state && "error" in state ? <p>{state.error}</p> : null}
    </form>
  );
}
