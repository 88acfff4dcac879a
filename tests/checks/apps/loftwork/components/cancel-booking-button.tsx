"use client";

import { useServerAction } from "zsa-react";
import { cancelBooking } from "@/app/actions/bookings";

export function CancelBookingButton({ bookingId }: { bookingId: string }) {
  const { execute, isPending } = useServerAction(cancelBooking);
  return (
    <button onClick={() => execute({ bookingId })} disabled={isPending} className="btn-ghost text-red-600">
      Cancel booking
    </button>
  );
}
