"use client";

import { useState } from "react";
import { askSupportAssistant } from "@/app/actions";

export function SupportChat() {
  const [log, setLog] = useState<{ role: "user" | "assistant"; text: string }[]>([]);
  const [threadId] = useState<string | undefined>(undefined);
  return (
    <div className="flex h-96 flex-col">
      <ul className="flex-1 overflow-y-auto">
        {log.map((m, i) => (
          <li key={i} className={m.role === "user" ? "text-right" : ""}>
            {m.text}
          </li>
        ))}
      </ul>
      <form
        action={async (fd) => {
          const question = String(fd.get("q") ?? "");
          setLog((l) => [...l, { role: "user", text: question }]);
          const { answer } = await askSupportAssistant({ question, threadId });
          setLog((l) => [...l, { role: "assistant", text: answer }]);
        }}
      >
        <input name="q" placeholder="Ask about charging, payments, receipts…" />
      </form>
    </div>
  );
}
