"use client";

import { useServerAction } from "zsa-react";
import { useState } from "react";
import { createRfi } from "@/app/(app)/actions";

export function RfiForm({ projectId, reviewers }: { projectId: string; reviewers: { id: string; name: string }[] }) {
  const { execute, isPending, error } = useServerAction(createRfi);
  const [subject, setSubject] = useState("");
  const [question, setQuestion] = useState("");
  const [ballInCourtId, setBallInCourtId] = useState(reviewers[0]?.id ?? "");

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const [data] = await execute({ projectId, subject, question, ballInCourtId });
        if (data) window.location.href = `/rfis/${data.id}`;
      }}
      className="space-y-3"
    >
      <input value={subject} onChange={(e) => setSubject(e.target.value)} placeholder="Subject" className="input" />
      <textarea value={question} onChange={(e) => setQuestion(e.target.value)} rows={6} className="textarea" />
      <select value={ballInCourtId} onChange={(e) => setBallInCourtId(e.target.value)} className="select">
        {reviewers.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      {error && <p className="text-sm text-red-600">{error.message}</p>}
      <button disabled={isPending} className="btn-primary">
        Submit RFI
      </button>
    </form>
  );
}
