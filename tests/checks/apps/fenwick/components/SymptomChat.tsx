"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { checkSymptoms } from "@/app/actions/symptom";

export function SymptomChat() {
  const [description, setDescription] = useState("");
  const { execute, result, isExecuting } = useAction(checkSymptoms);
  return (
    <div>
      <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} />
      <button disabled={isExecuting} onClick={() => execute({ description })}>
        Ask
      </button>
      {result.serverError && <p className="error">{result.serverError}</p>}
      {result.data?.advice && <pre style={{ whiteSpace: "pre-wrap" }}>{result.data.advice}</pre>}
    </div>
  );
}
