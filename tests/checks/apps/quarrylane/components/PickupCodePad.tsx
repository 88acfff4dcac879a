"use client";

import { useState } from "react";
import { checkOutMachine } from "@/app/(rental)/pickups/actions";

export function PickupCodePad({ rentalId }: { rentalId: string }) {
  const [code, setCode] = useState("");
  const [result, setResult] = useState<string>("");
  return (
    <div>
      <input inputMode="numeric" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
      <button onClick={async () => { const r = await checkOutMachine({ rentalId, code }); setResult(r && "error" in r ? String(r.error) : "Checked out"); }}>Check out</button>
      <p>{result}</p>
    </div>
  );
}
