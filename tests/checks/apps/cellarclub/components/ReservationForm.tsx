"use client";

import { useAction } from "next-safe-action/hooks";
import { bookTasting } from "@/app/reservations/actions";

export function ReservationForm({ slotId }: { slotId: string }) {
  const { execute, result, isPending } = useAction(bookTasting);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ slotId, guestName: String(fd.get("name")), guestEmail: String(fd.get("email")), partySize: Number(fd.get("size")) });
      }}
    >
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="size" type="number" min={1} max={12} />
      <button disabled={isPending}>Book</button>
      {result.data && "id" in result.data ? <p>Booked!</p> : null}
    </form>
  );
}
