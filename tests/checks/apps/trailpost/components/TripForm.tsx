"use client";

import { useActionState } from "react";
import { createTrip } from "@/app/(operator)/trips/actions";

export function TripForm() {
  const [, action, pending] = useActionState(async (_: unknown, fd: FormData) => createTrip(fd), null);
  // Client-side only convenience check; the server parses with zod.
  const token = typeof window !== "undefined" ? window.localStorage.getItem("draftToken") : null;
  const lastToken = typeof window !== "undefined" ? window.sessionStorage.getItem("draftToken") : null;
  // ok: timing-unsafe-comparison
  const resumed = token === lastToken;
  return (
    <form action={action}>
      {resumed && <p>Resuming your draft…</p>}
      <input name="title" required />
      <select name="kind"><option value="hike">Hike</option><option value="kayak">Kayak</option></select>
      <input name="startsAt" type="datetime-local" />
      <input name="capacity" type="number" min={1} max={40} />
      <input name="priceCents" type="number" min={0} />
      <button disabled={pending}>Create trip</button>
    </form>
  );
}
