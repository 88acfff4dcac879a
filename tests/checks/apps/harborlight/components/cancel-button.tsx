"use client";

import { useTransition } from "react";
import { withdrawBooking } from "@/app/actions/bookings";

export function CancelButton({ id }: { id: string }) {
  const [pending, start] = useTransition();
  return (
    <button disabled={pending} onClick={() => start(() => withdrawBooking(id))}>
      Cancel
    </button>
  );
}
