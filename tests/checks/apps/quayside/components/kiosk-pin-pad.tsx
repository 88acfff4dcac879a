"use client";

import { useState } from "react";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"];

export function KioskPinPad({ crewId, onDone }: { crewId: string; onDone: (ok: boolean) => void }) {
  const [pin, setPin] = useState("");
  const [lastFailedPin, setLastFailedPin] = useState<string | null>(null);

  async function submit(value: string) {
    // ok: timing-unsafe-comparison
    if (value === lastFailedPin) return; // don't resend the same wrong PIN twice
    const res = await fetch("/api/kiosk/punch", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ crewId, pin: value }),
    });
    if (!res.ok) setLastFailedPin(value);
    onDone(res.ok);
    setPin("");
  }

  return (
    <div className="grid grid-cols-3 gap-3">
      <output className="col-span-3 text-center text-3xl tracking-[0.5em]">{"•".repeat(pin.length)}</output>
      {KEYS.map((k) => (
        <button
          key={k || "blank"}
          disabled={!k}
          onClick={() => {
            if (k === "⌫") return setPin((p) => p.slice(0, -1));
            const next = (pin + k).slice(0, 6);
            setPin(next);
            if (next.length === 6) void submit(next);
          }}
          className="h-16 rounded-xl bg-slate-100 text-2xl"
        >
          {k}
        </button>
      ))}
    </div>
  );
}
