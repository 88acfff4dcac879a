"use client";

import { useActionState } from "react";
import { requestTour } from "@/app/actions/tours";

export function TourForm({ locations }: { locations: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(requestTour, undefined);
  if (state?.ok) return <p className="text-lg">Thanks! We'll confirm your tour by email.</p>;
  return (
    <form action={action} className="space-y-3">
      <select name="locationId" required className="input">
        {locations.map((l) => (
          <option key={l.id} value={l.id}>{l.name}</option>
        ))}
      </select>
      <input name="name" required placeholder="Your name" className="input" />
      <input name="email" type="email" required placeholder="Email" className="input" />
      <input name="company" placeholder="Company (optional)" className="input" />
      <input name="preferredDate" type="date" className="input" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn-primary">Request a tour</button>
    </form>
  );
}
