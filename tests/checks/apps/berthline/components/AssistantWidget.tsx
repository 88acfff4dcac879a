"use client";

import { useState } from "react";
import { askHarbourAssistantLimited } from "@/app/assistant/actions";

// ok: missing-auth, missing-rate-limit
export async function askDirect(question: string) {
  const res = await fetch("/api/assistant", { method: "POST", body: JSON.stringify({ question }) });
  return res.json();
}

export function AssistantWidget() {
  const [q, setQ] = useState("");
  const [a, setA] = useState("");
  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={async () => setA((await askHarbourAssistantLimited(q)).answer)}>Ask</button>
      <p>{a}</p>
    </div>
  );
}
