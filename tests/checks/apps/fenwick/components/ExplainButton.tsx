"use client";

import { useState, useTransition } from "react";
import { explainLabResult } from "@/app/actions/symptom";

export function ExplainButton({ resultId }: { resultId: string }) {
  const [text, setText] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <button disabled={pending} onClick={() => start(async () => setText(await explainLabResult(resultId)))}>
        Explain in plain English
      </button>
      {text && <p>{text}</p>}
    </div>
  );
}
