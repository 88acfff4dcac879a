"use client";

import { useTransition } from "react";
import { cancelMyBooking } from "@/app/(customer)/book/actions";

export function CancelBookingButton({ bookingId }: { bookingId: string }) {
  const [pending, start] = useTransition();
  return (
    <button disabled={pending} onClick={() => start(() => cancelMyBooking(bookingId))}>
      {pending ? "Cancelling…" : "Cancel booking"}
    </button>
  );
}
