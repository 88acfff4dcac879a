"use client";

import { useState, useTransition } from "react";
import { extendRental } from "@/app/(renter)/rentals/actions";

export function ExtendForm({ rentalId }: { rentalId: string }) {
  const [date, setDate] = useState("");
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <form onSubmit={(e) => { e.preventDefault(); start(async () => { const r = await extendRental({ rentalId, endDate: date }); setMsg("error" in r ? r.error! : "Requested"); }); }}>
      <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <button disabled={pending}>Extend</button>
      {msg && <p>{msg}</p>}
    </form>
  );
}
