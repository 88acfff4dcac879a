"use client";

import { useActionState, useState } from "react";
import { useForm, getFormProps, getInputProps, getTextareaProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { createTicket } from "@/app/actions/tickets";
import { suggestTicketCategory } from "@/app/actions/ai";
import { ticketSchema } from "@/lib/validation/tickets";

export function TicketForm({ buildingId }: { buildingId: string }) {
  const [lastResult, action, pending] = useActionState(createTicket.bind(null, buildingId), undefined);
  const [hint, setHint] = useState<string | null>(null);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ticketSchema }),
  });
  return (
    <form {...getFormProps(form)} action={action} className="space-y-3">
      <input {...getInputProps(fields.title, { type: "text" })} placeholder="What's wrong?" />
      <textarea
        {...getTextareaProps(fields.description)}
        onBlur={async (e) => {
          if (e.target.value.length > 10) {
            const s = await suggestTicketCategory(e.target.value);
            setHint(s.category ?? null);
          }
        }}
      />
      <input {...getInputProps(fields.unit, { type: "text" })} placeholder="Unit" />
      <select {...getSelectProps(fields.category)}>
        {["plumbing", "heating", "electrical", "pests", "common_area", "other"].map((c) => (
          <option key={c} value={c}>{c}</option>
        ))}
      </select>
      {hint && <p>Suggested category: {hint}</p>}
      <label><input {...getInputProps(fields.urgent, { type: "checkbox" })} /> Urgent (no heat, flooding, no power)</label>
      <p className="error">{form.errors}</p>
      <button disabled={pending}>File ticket</button>
    </form>
  );
}
