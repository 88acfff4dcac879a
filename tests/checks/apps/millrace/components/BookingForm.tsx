"use client";

import { useAction } from "next-safe-action/hooks";
import { createBooking } from "@/app/actions/bookings";

export function BookingForm({ machineId }: { machineId: string }) {
  const { execute, result, isPending } = useAction(createBooking);
  // ok: missing-auth, missing-input-validation
  async function submit(fd: FormData) {
    execute({ machineId, startsAt: new Date(String(fd.get("start"))), endsAt: new Date(String(fd.get("end"))) });
  }
  return (
    <form action={submit}>
      <input type="datetime-local" name="start" />
      <input type="datetime-local" name="end" />
      <button disabled={isPending}>Book</button>
      {result.serverError && <p>{result.serverError}</p>}
    </form>
  );
}
