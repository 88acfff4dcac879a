"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getTextareaProps } from "@conform-to/react";
import { sendMessage } from "@/app/actions/messages";

export function MessageComposer({ proxyFor }: { proxyFor?: string }) {
  const [lastResult, action, pending] = useActionState(sendMessage, undefined);
  const [form, fields] = useForm({ lastResult });
  return (
    <form {...getFormProps(form)} action={action}>
      {proxyFor && <input type="hidden" name="patientId" value={proxyFor} />}
      <textarea {...getTextareaProps(fields.body)} rows={4} />
      <button disabled={pending}>Send to care team</button>
    </form>
  );
}
