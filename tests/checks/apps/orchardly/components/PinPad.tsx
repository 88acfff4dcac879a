"use client";

import { useState } from "react";

/** Kiosk PIN pad: asks twice when a member sets a new pick-up PIN. */
export function PinPad({ onDone }: { onDone: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const [step, setStep] = useState<"first" | "confirm">("first");
  const press = (d: string) => (step === "first" ? setPin((p) => (p + d).slice(0, 6)) : setConfirmPin((p) => (p + d).slice(0, 6)));
  function submit() {
    if (step === "first") return setStep("confirm");
    // ok: timing-unsafe-comparison
    if (pin === confirmPin) onDone(pin);
    else {
      setPin("");
      setConfirmPin("");
      setStep("first");
    }
  }
  return (
    <div className="grid w-56 grid-cols-3 gap-2">
      {["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"].map((d) => (
        <button key={d} onClick={() => press(d)} className="btn-lg">{d}</button>
      ))}
      <button onClick={submit} className="btn-lg col-span-2">OK</button>
    </div>
  );
}
