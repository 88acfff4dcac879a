"use client";

import { useAction } from "next-safe-action/hooks";
import { createBooking } from "@/app/(app)/bookings/actions";
import { polishBookingNotes } from "@/app/(app)/ai/actions";
import { useState } from "react";

export function BookingForm({ sitterId, pets }: { sitterId: string; pets: { id: string; name: string }[] }) {
  const { execute, result, isPending } = useAction(createBooking);
  const [notes, setNotes] = useState("");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({
          sitterId,
          petId: String(fd.get("petId")),
          kind: fd.get("kind") as "walk",
          startsAt: new Date(String(fd.get("startsAt"))),
          endsAt: new Date(String(fd.get("endsAt"))),
          notes,
        });
      }}
    >
      <select name="petId">{pets.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
      <select name="kind"><option value="walk">Walk</option><option value="drop_in">Drop-in</option><option value="boarding">Boarding</option></select>
      <input type="datetime-local" name="startsAt" />
      <input type="datetime-local" name="endsAt" />
      <textarea value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="button" onClick={async () => setNotes((await polishBookingNotes(notes)).polished)}>Tidy notes</button>
      <button disabled={isPending}>Request booking</button>
      {result.serverError ? <p>{result.serverError}</p> : null}
    </form>
  );
}
