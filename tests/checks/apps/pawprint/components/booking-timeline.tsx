"use client";

import { useAction } from "next-safe-action/hooks";
import { cancelBooking } from "@/app/(app)/bookings/actions";

type Booking = { id: string; kind: string; status: string; starts_at: string; ends_at: string };

export function BookingTimeline({ booking }: { booking: Booking }) {
  const boundCancel = cancelBooking.bind(null, booking.id);
  const { execute, status } = useAction(boundCancel);
  return (
    <ol>
      <li>{booking.kind} · {booking.status}</li>
      <li>{new Date(booking.starts_at).toLocaleString()} – {new Date(booking.ends_at).toLocaleString()}</li>
      <button disabled={status === "executing"} onClick={() => execute({ reason: "owner cancelled" })}>
        Cancel booking
      </button>
    </ol>
  );
}
