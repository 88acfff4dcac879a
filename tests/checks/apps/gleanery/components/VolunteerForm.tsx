"use client";

import { useActionState } from "react";
import { applyToVolunteer } from "@/app/(public)/volunteer/actions";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function VolunteerForm({ pantrySlug }: { pantrySlug?: string }) {
  const [state, action] = useActionState(applyToVolunteer, null);
  if (state && "ok" in state) return <p>Thanks! We will be in touch.</p>;
  return (
    <form action={action}>
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="phone" />
      <input type="hidden" name="pantrySlug" value={pantrySlug ?? ""} />
      {DAYS.map((d) => (
        <label key={d}><input type="checkbox" name="availability" value={d} /> {d}</label>
      ))}
      <button>Apply</button>
    </form>
  );
}
