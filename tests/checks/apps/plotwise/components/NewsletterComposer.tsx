"use client";

import { useRef, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveNewsletterDraft } from "@/app/actions/newsletter";

export function NewsletterComposer() {
  const ref = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <form
      ref={ref}
      action={(fd) =>
        startTransition(async () => {
          const id = await saveNewsletterDraft(fd);
          router.push(`/committee/newsletters/${id}`);
        })
      }
    >
      <input name="subject" placeholder="Subject" required />
      <textarea name="bodyHtml" rows={12} required />
      <button disabled={pending}>Save draft</button>
    </form>
  );
}
