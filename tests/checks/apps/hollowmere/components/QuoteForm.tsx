"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { submitQuote, draftQuoteDescription } from "@/app/actions/contractor";

export function QuoteForm({ ticketId }: { ticketId: string }) {
  const { execute, isPending, error } = useServerAction(submitQuote);
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState(0);
  return (
    <div className="space-y-2">
      <textarea value={description} onChange={(e) => setDescription(e.target.value)} />
      <button
        type="button"
        onClick={async () => {
          const [res] = await draftQuoteDescription({ ticketId, notes: description });
          if (res) setDescription(res.text);
        }}
      >
        Polish with AI
      </button>
      <input type="number" value={amount} onChange={(e) => setAmount(Number(e.target.value))} />
      <button disabled={isPending} onClick={() => execute({ ticketId, amountCents: Math.round(amount * 100), description, validDays: 30 })}>
        Submit quote
      </button>
      {error && <p className="error">Could not submit quote.</p>}
    </div>
  );
}
