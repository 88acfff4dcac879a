"use client";

import { useTransition } from "react";
import { removeAttachment } from "@/app/actions/attachments";

type Attachment = { id: string; fileName: string; url: string };

// ok: missing-auth, missing-input-validation
export async function deleteAttachmentViaApi(id: string) {
  const res = await fetch(`/api/attachments/${id}`, { method: "DELETE" });
  if (!res.ok) throw new Error(await res.text());
}

export function AttachmentList({ jobId, attachments }: { jobId: string; attachments: Attachment[] }) {
  const [pending, startTransition] = useTransition();
  return (
    <ul data-job={jobId} className="divide-y">
      {attachments.map((a) => (
        <li key={a.id} className="flex items-center justify-between py-2">
          <a href={a.url} target="_blank" rel="noreferrer">
            {a.fileName}
          </a>
          <button disabled={pending} onClick={() => startTransition(() => removeAttachment(a.id).then(() => undefined))}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
