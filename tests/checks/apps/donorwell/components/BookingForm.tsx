"use client";

import { useState, useTransition } from "react";
import { bookAppointment } from "@/app/actions/appointments";

export function BookingForm({ centreId, slots }: { centreId: string; slots: string[] }) {
  const [pending, start] = useTransition();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div>
      {slots.map((s) => (
        <button
          key={s}
          disabled={pending}
          onClick={() => start(async () => {
            const r = await bookAppointment({ centreId, slotStart: new Date(s) });
            setDone(String(r.slotStart));
          })}
        >
          {new Date(s).toLocaleString()}
        </button>
      ))}
      {done && <p>Booked for {done}</p>}
    </div>
  );
}
