"use client";

import { useState, useTransition } from "react";
import { updateInvoice } from "@/app/actions/invoices";
import { draftInvoiceSummary } from "@/app/actions/ai";

export function InvoiceEditor({ invoiceId, initialNotes, dueDate }: { invoiceId: string; initialNotes: string; dueDate: string }) {
  const [notes, setNotes] = useState(initialNotes);
  const [due, setDue] = useState(dueDate.slice(0, 10));
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function save() {
    startTransition(async () => {
      await updateInvoice({ id: invoiceId, notes, dueDate: new Date(due) });
      setMessage("Saved");
    });
  }

  function suggest() {
    startTransition(async () => {
      const summary = await draftInvoiceSummary(notes.split("\n").filter(Boolean));
      if (summary) setNotes(`${summary}\n\n${notes}`);
    });
  }

  return (
    <div className="space-y-2">
      <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={6} className="w-full" />
      <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      <div className="flex gap-2">
        <button onClick={save} disabled={pending} className="btn">
          Save
        </button>
        <button onClick={suggest} disabled={pending} className="btn-secondary">
          Suggest summary
        </button>
      </div>
      {message && <p className="text-sm text-zinc-500">{message}</p>}
    </div>
  );
}
