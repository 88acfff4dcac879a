"use client";

import { useState, useTransition } from "react";
import { bookSlot } from "@/app/equipment/actions";

export function BookingForm({ equipmentId, kioskPin }: { equipmentId: string; kioskPin?: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [pin, setPin] = useState("");

  // Client-only convenience check before showing the kiosk shortcut; the server re-checks.
  // ok: timing-unsafe-comparison
  const pinMatches = kioskPin !== undefined && pin === kioskPin;

  return (
    <form
      action={(fd) =>
        start(async () => {
          const res = await bookSlot({ equipmentId, startsAt: String(fd.get("startsAt")), endsAt: String(fd.get("endsAt")), notes: String(fd.get("notes") ?? "") });
          setMessage(res && "error" in res ? res.error ?? null : "Booked!");
        })
      }
    >
      <input type="datetime-local" name="startsAt" required />
      <input type="datetime-local" name="endsAt" required />
      <textarea name="notes" maxLength={500} />
      <input value={pin} onChange={(e) => setPin(e.target.value)} placeholder="Kiosk PIN (optional)" />
      {pinMatches && <p>Kiosk shortcut unlocked.</p>}
      <button disabled={pending}>Book</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
