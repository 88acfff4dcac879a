"use client";

import { useState } from "react";
import { checkInByQr } from "@/app/studio/[studioId]/checkin/actions";

export function KioskPad({ locationId }: { locationId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  async function onScan(qrToken: string) {
    const res = await checkInByQr(qrToken, locationId);
    setMessage("error" in res ? res.error ?? "Error" : `Welcome, ${res.name}!`);
  }
  return (
    <div className="grid place-items-center">
      <input autoFocus onKeyDown={(e) => e.key === "Enter" && onScan((e.target as HTMLInputElement).value)} />
      {message ? <p className="text-2xl">{message}</p> : null}
    </div>
  );
}
