"use client";

import { useActionState } from "react";
import { useForm } from "@conform-to/react";
import { submitQuery } from "@/app/actions/public-submission";

export function QueryForm({ agencySlug }: { agencySlug: string }) {
  const [lastResult, action, pending] = useActionState(submitQuery, undefined);
  const [form, fields] = useForm({ lastResult: lastResult as any, shouldValidate: "onBlur" });
  return (
    <form id={form.id} onSubmit={form.onSubmit} action={action} noValidate>
      <input type="hidden" name="agencySlug" value={agencySlug} />
      <input name={fields.authorName.name} placeholder="Your name" />
      <input name={fields.authorEmail.name} type="email" placeholder="Email" />
      <input name={fields.title.name} placeholder="Title" />
      <textarea name={fields.queryLetter.name} rows={12} />
      <input name={fields.sampleUrl.name} placeholder="Link to first three chapters" />
      <button disabled={pending}>Send query</button>
    </form>
  );
}
