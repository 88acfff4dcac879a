"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { createBooking } from "@/app/actions/bookings";

type Option = { id: string; label: string; kind: "desk" | "room" };

export function BookingForm({ locationId, options }: { locationId: string; options: Option[] }) {
  const [selected, setSelected] = useState<Option | null>(null);
  const { execute, isPending, error, data } = useServerAction(createBooking);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    await execute({
      locationId,
      deskId: selected?.kind === "desk" ? selected.id : undefined,
      roomId: selected?.kind === "room" ? selected.id : undefined,
      startsAt: new Date(String(fd.get("startsAt"))),
      endsAt: new Date(String(fd.get("endsAt"))),
      notes: String(fd.get("notes") ?? ""),
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div className="grid grid-cols-3 gap-2">
        {options.map((o) => (
          <button type="button" key={o.id} onClick={() => setSelected(o)} className={selected?.id === o.id ? "chip-active" : "chip"}>
            {o.label}
          </button>
        ))}
      </div>
      <input type="datetime-local" name="startsAt" required className="input" />
      <input type="datetime-local" name="endsAt" required className="input" />
      <textarea name="notes" maxLength={500} className="input" placeholder="Anything we should know?" />
      {error && <p className="text-red-600 text-sm">{error.message}</p>}
      {data && <p className="text-green-700 text-sm">Booked! Reference {data.id.slice(0, 8)}</p>}
      <button disabled={isPending || !selected} className="btn-primary">Book</button>
    </form>
  );
}
