"use client";

import { useState } from "react";
import { applyToVolunteer } from "@/app/actions/volunteers";

export function VolunteerForm({ festivalSlug }: { festivalSlug: string }) {
  const [done, setDone] = useState(false);
  async function onSubmit(formData: FormData) {
    const [, err] = await applyToVolunteer({
      festivalSlug,
      name: String(formData.get("name")),
      email: String(formData.get("email")),
      phone: String(formData.get("phone")),
      shifts: formData.getAll("shifts") as ("fri" | "sat" | "sun")[],
      dob: String(formData.get("dob")),
      emergencyContact: String(formData.get("emergencyContact")),
    });
    if (!err) setDone(true);
  }
  if (done) return <p>Thanks! We&apos;ll be in touch.</p>;
  return (
    <form action={onSubmit}>
      <input name="name" />
      <input name="email" type="email" />
      <input name="phone" />
      <input name="dob" type="date" />
      <input name="emergencyContact" />
      <label><input type="checkbox" name="shifts" value="fri" /> Friday</label>
      <label><input type="checkbox" name="shifts" value="sat" /> Saturday</label>
      <button>Apply</button>
    </form>
  );
}
