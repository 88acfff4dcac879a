"use client";

import { useAction } from "next-safe-action/hooks";
import { writeNewsletter, sendNewsletter } from "@/app/actions/newsletter";

export function NewsletterDraft({ week }: { week: string }) {
  const draft = useAction(writeNewsletter);
  const send = useAction(sendNewsletter);
  const id = draft.result.data?.id;
  return (
    <section className="space-y-3">
      <button onClick={() => draft.execute({ week })} disabled={draft.isPending} className="btn">Write with AI</button>
      {draft.result.data && <pre className="whitespace-pre-wrap rounded bg-stone-50 p-3">{draft.result.data.body}</pre>}
      {id && <button onClick={() => send.execute({ newsletterId: id })} className="btn-primary">Send to members</button>}
    </section>
  );
}
