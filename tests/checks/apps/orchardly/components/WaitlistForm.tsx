"use client";

import { useActionState } from "react";
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { joinWaitlist } from "@/app/actions/waitlist";
import { waitlistSchema } from "@/lib/validators";

export function WaitlistForm({ farmId }: { farmId?: string }) {
  const [lastResult, action, pending] = useActionState(joinWaitlist, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: waitlistSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <form id={form.id} onSubmit={form.onSubmit} action={action} className="space-y-3" noValidate>
      {farmId && <input type="hidden" name="farmId" value={farmId} />}
      <input name={fields.email.name} type="email" placeholder="you@example.com" className="input" />
      <p className="text-xs text-red-600">{fields.email.errors}</p>
      <input name={fields.postcode.name} placeholder="Postcode" className="input" />
      <input name={fields.householdSize.name} type="number" min={1} max={12} className="input" />
      <button disabled={pending} className="btn">{pending ? "Joining…" : "Join the waiting list"}</button>
    </form>
  );
}
