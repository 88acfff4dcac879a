"use client";

import { useAction } from "next-safe-action/hooks";
import { createBooking } from "@/app/(dashboard)/marinas/[marinaId]/bookings/actions";

export function BookingForm({ marinaId, berths }: { marinaId: string; berths: { id: string; code: string }[] }) {
  const { execute, result, isPending } = useAction(createBooking);
  return (
    <form
      action={(fd) =>
        execute({
          marinaId,
          berthId: String(fd.get("berthId")),
          vesselId: (fd.get("vesselId") as string) || undefined,
          guestName: (fd.get("guestName") as string) || undefined,
          startsAt: new Date(String(fd.get("startsAt"))),
          endsAt: new Date(String(fd.get("endsAt"))),
        })
      }
    >
      <select name="berthId">
        {berths.map((b) => (
          <option key={b.id} value={b.id}>
            {b.code}
          </option>
        ))}
      </select>
      <input name="vesselId" placeholder="Vessel id (optional)" />
      <input name="guestName" placeholder="Guest name" />
      <input type="date" name="startsAt" />
      <input type="date" name="endsAt" />
      <button disabled={isPending}>Book</button>
      {result.serverError && <p>{result.serverError}</p>}
    </form>
  );
}
