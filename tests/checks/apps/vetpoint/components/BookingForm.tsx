"use client";

import { useAction } from "next-safe-action/hooks";
import { bookAppointment } from "@/app/actions/appointments";

export function BookingForm({ pets, clinicId }: { pets: { id: string; name: string }[]; clinicId: string }) {
  const { execute, result, isPending } = useAction(bookAppointment);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ petId: String(fd.get("petId")), clinicId, startsAt: String(fd.get("startsAt")), reason: String(fd.get("reason")) });
      }}
    >
      <select name="petId">{pets.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
      <input name="startsAt" type="datetime-local" />
      <input name="reason" />
      {result.serverError && <p>{result.serverError}</p>}
      <button disabled={isPending}>Book</button>
    </form>
  );
}
