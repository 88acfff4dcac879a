"use client";

import { useState, useTransition } from "react";
import { askHarbourmasterLimited } from "@/app/actions/ai";

export function AskWidget() {
  const [q, setQ] = useState("");
  const [answer, setAnswer] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Ask the harbourmaster" />
      <button className="btn" disabled={pending} onClick={() => start(async () => setAnswer((await askHarbourmasterLimited(q)).answer))}>Ask</button>
      {answer ? <p>{answer}</p> : null}
    </div>
  );
}
