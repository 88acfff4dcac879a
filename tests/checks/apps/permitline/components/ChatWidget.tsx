"use client";

import { useState } from "react";
import { askPermitQuestion } from "@/app/actions";

export function ChatWidget() {
  const [q, setQ] = useState("");
  const [answer, setAnswer] = useState<string | null>(null);
  return (
    <div className="chat">
      <textarea value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={async () => setAnswer((await askPermitQuestion(q)).answer)}>Ask</button>
      {answer && <p>{answer}</p>}
    </div>
  );
}
