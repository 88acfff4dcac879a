"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { signPrescription } from "@/app/actions/prescriptions";

export function PrescriptionForm({ drafts }: { drafts: { id: string; label: string }[] }) {
  const [pin, setPin] = useState("");
  const { execute, result, isExecuting } = useAction(signPrescription);
  return (
    <div>
      <input type="password" inputMode="numeric" maxLength={6} value={pin} onChange={(e) => setPin(e.target.value)} placeholder="Signing PIN" />
      <ul>
        {drafts.map((d) => (
          <li key={d.id}>
            {d.label}{" "}
            <button disabled={isExecuting || pin.length !== 6} onClick={() => execute({ prescriptionId: d.id, pin })}>
              Sign
            </button>
          </li>
        ))}
      </ul>
      {result.serverError && <p className="error">{result.serverError}</p>}
    </div>
  );
}
