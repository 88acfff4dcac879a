"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { kioskCheckIn } from "@/app/actions/checkin";

export function KioskForm() {
  const [phone, setPhone] = useState("");
  const [dob, setDob] = useState("");
  const { execute, result, isExecuting, reset } = useAction(kioskCheckIn, {
    onSuccess: () => setTimeout(() => { reset(); setPhone(""); setDob(""); }, 8000),
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); execute({ phone, dateOfBirth: new Date(dob) }); }}>
      <input value={phone} onChange={(e) => setPhone(e.target.value)} type="tel" placeholder="+44…" />
      <input value={dob} onChange={(e) => setDob(e.target.value)} type="date" />
      <button disabled={isExecuting}>Check in</button>
      {result.data && <p>{result.data.message}</p>}
    </form>
  );
}
