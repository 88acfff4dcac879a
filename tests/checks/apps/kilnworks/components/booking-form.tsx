"use client";

import { useActionState } from "react";
import { bookWheel } from "@/app/(dashboard)/wheel/actions";

export function BookingForm({ studioId, quickBook }: { studioId?: string; quickBook: (fd: FormData) => Promise<void> }) {
  const [state, action, pending] = useActionState(bookWheel, {});
  return (
    <>
      <form action={action}>
        <input name="wheelId" placeholder="Wheel" />
        <input name="startsAt" type="datetime-local" />
        <input name="endsAt" type="datetime-local" />
        <input name="note" maxLength={280} />
        {state.error && <p>{state.error}</p>}
        <button disabled={pending}>Book</button>
      </form>
      {studioId && (
        <form action={quickBook}>
          <input type="hidden" name="studioId" value={studioId} />
          <input name="wheelId" />
          <input name="hour" type="number" min={6} max={22} />
          <button>Quick book</button>
        </form>
      )}
    </>
  );
}
