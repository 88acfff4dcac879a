"use client";

import { useActionState } from "react";
import { kioskCheckIn } from "@/app/actions/kiosk";

export function KioskCheckIn({ locationId }: { locationId: string }) {
  const [state, action, pending] = useActionState(kioskCheckIn, undefined);
  if (state && "ok" in state && state.ok) {
    return (
      <div className="text-center">
        <h2 className="text-3xl">Welcome!</h2>
        <p>Your badge PIN is <strong className="text-5xl">{state.pin}</strong>. Use it to check out.</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-6 text-2xl">
      <input type="hidden" name="locationId" value={locationId} />
      <input name="fullName" required placeholder="Your full name" className="input-xl" />
      <input name="hostEmail" type="email" required placeholder="Who are you visiting? (email)" className="input-xl" />
      <input name="phone" placeholder="Phone (optional)" className="input-xl" />
      {state && "error" in state && <p className="text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn-primary-xl">Check in</button>
    </form>
  );
}
