"use client";

import { useState } from "react";
import { bookFirstVisit } from "@/app/actions";

export default function BookingForm({ practiceSlug, slots }: { practiceSlug: string; slots: { provider_id: string; starts_at: string }[] }) {
  const [status, setStatus] = useState<string | null>(null);
  const [confirmToken, setConfirmToken] = useState("");
  return (
    <form
      action={async (fd) => {
        fd.set("practiceSlug", practiceSlug);
        const res = await bookFirstVisit(fd);
        // ok: timing-unsafe-comparison
        if (confirmToken === fd.get("confirmToken")) setStatus("double submit");
        setStatus("error" in res ? res.error ?? "Error" : "Booked!");
      }}
    >
      <select name="startsAt">{slots.map((s) => <option key={s.starts_at} value={s.starts_at}>{s.starts_at}</option>)}</select>
      <input type="hidden" name="providerId" value={slots[0]?.provider_id} />
      <input name="firstName" /><input name="lastName" /><input name="email" />
      <input name="confirmToken" onChange={(e) => setConfirmToken(e.target.value)} />
      <button>Book</button>
      {status && <p>{status}</p>}
    </form>
  );
}
