"use client";

import { useState } from "react";

export function AskAssistant() {
  const [answer, setAnswer] = useState("");
  async function ask(q: string) {
    const res = await fetch("/api/assistant", { method: "POST", body: JSON.stringify({ question: q }) });
    setAnswer((await res.json()).answer ?? "");
  }
  return (
    <div>
      <input onKeyDown={(e) => e.key === "Enter" && ask(e.currentTarget.value)} placeholder="Ask about sailings" />
      <p>{answer}</p>
    </div>
  );
}
