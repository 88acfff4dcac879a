"use client";

import { useState, useTransition } from "react";
import { createCreditNote } from "@/app/actions/credit-notes";

export function CreditNoteForm({ invoiceId, maxCents }: { invoiceId: string; maxCents: number }) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <form
      action={(fd) =>
        start(async () => {
          const r = await createCreditNote({ invoiceId, amountCents: Math.round(Number(fd.get("amount")) * 100), reason: String(fd.get("reason")) });
          setMsg("error" in r && r.error ? r.error : "Credit note issued");
        })
      }
      className="space-y-2"
    >
      <input name="amount" type="number" step="0.01" max={maxCents / 100} required className="input" />
      <input name="reason" required placeholder="Reason" className="input" />
      <button disabled={pending} className="btn-primary">Issue credit note</button>
      {msg && <p className="text-sm">{msg}</p>}
    </form>
  );
}
