"use client";

import { useAction } from "next-safe-action/hooks";
import { updateSubmissionStatus } from "@/app/actions/submissions";

export function StatusPicker({ submissionId, status }: { submissionId: string; status: string }) {
  const { execute, isPending } = useAction(updateSubmissionStatus);
  return (
    <select
      disabled={isPending}
      defaultValue={status}
      onChange={(e) => execute({ submissionId, status: e.target.value as any })}
    >
      {["received", "reading", "requested_full", "declined", "offered"].map((s) => (
        <option key={s} value={s}>{s}</option>
      ))}
    </select>
  );
}
