"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { applyForHardship } from "@/app/actions/hardship";
import { hardshipSchema } from "@/lib/validation/money";

export function HardshipForm({ buildingId }: { buildingId: string }) {
  const [lastResult, action, pending] = useActionState(applyForHardship.bind(null, buildingId), undefined);
  const [form, fields] = useForm({ lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: hardshipSchema }) });
  return (
    <form {...getFormProps(form)} action={action} className="space-y-2">
      <input {...getInputProps(fields.amountCents, { type: "number" })} placeholder="Amount in cents" />
      <input {...getInputProps(fields.months, { type: "number" })} placeholder="Months" />
      <textarea {...getTextareaProps(fields.reason)} placeholder="Tell us what happened" />
      <p className="error">{form.errors}</p>
      <button disabled={pending}>Apply</button>
    </form>
  );
}
