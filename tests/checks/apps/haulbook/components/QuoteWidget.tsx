"use client";

import { useState, useTransition } from "react";
import { instantQuoteLimited } from "@/app/actions/quotes";

export function QuoteWidget() {
  const [answer, setAnswer] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        start(async () => {
          const res = await instantQuoteLimited({ origin: fd.get("origin"), destination: fd.get("destination"), equipment: fd.get("equipment") });
          setAnswer(res.answer ?? res.error ?? null);
        });
      }}
    >
      <input name="origin" />
      <input name="destination" />
      <select name="equipment">
        <option>VAN</option>
        <option>REEFER</option>
        <option>FLATBED</option>
      </select>
      <button disabled={pending}>Quote</button>
      {answer ? <output>{answer}</output> : null}
    </form>
  );
}
