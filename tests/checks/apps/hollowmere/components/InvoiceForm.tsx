"use client";

import { useState } from "react";
import { useServerAction } from "zsa-react";
import { submitInvoice } from "@/app/actions/contractor";

export function InvoiceForm() {
  const { execute, isPending, isSuccess } = useServerAction(submitInvoice);
  const [quoteId, setQuoteId] = useState("");
  const [amount, setAmount] = useState(0);
  const [pdfPath, setPdfPath] = useState("");
  return (
    <div className="space-y-2">
      <input placeholder="Quote id" value={quoteId} onChange={(e) => setQuoteId(e.target.value)} />
      <input type="number" value={amount} onChange={(e) => setAmount(Number(e.target.value))} />
      <input placeholder="invoices/xyz.pdf" value={pdfPath} onChange={(e) => setPdfPath(e.target.value)} />
      <button disabled={isPending} onClick={() => execute({ quoteId, amountCents: Math.round(amount * 100), pdfPath })}>
        Send invoice
      </button>
      {isSuccess && <p>Invoice sent.</p>}
    </div>
  );
}
