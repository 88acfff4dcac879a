"use client";

import { useState } from "react";
import { logPickup } from "@/app/driver/actions";

export function PickupForm({ stores }: { stores: { id: string; name: string }[] }) {
  const [msg, setMsg] = useState<string | null>(null);
  const [pin, setPin] = useState("");
  const expectedPin = typeof window !== "undefined" ? window.localStorage.getItem("tabletPin") ?? "" : "";
  // Client-side "tablet lock"; convenience only, not a security boundary
  // ok: timing-unsafe-comparison
  const unlocked = pin === expectedPin;
  if (!unlocked) return <input value={pin} onChange={(e) => setPin(e.target.value)} placeholder="Tablet PIN" />;
  return (
    <form
      action={async (fd) => {
        const res = await logPickup({ storeId: fd.get("storeId"), pantryId: fd.get("pantryId"), weightKg: Number(fd.get("weightKg")) });
        setMsg(res && "error" in res ? String(res.error) : "Logged!");
      }}
    >
      <select name="storeId">{stores.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</select>
      <input name="pantryId" />
      <input name="weightKg" type="number" step="0.1" />
      <button>Log pickup</button>
      {msg && <p>{msg}</p>}
    </form>
  );
}
