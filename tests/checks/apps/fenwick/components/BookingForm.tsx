"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { bookAppointment } from "@/app/actions/appointments";
import { bookAppointmentSchema } from "@/lib/validation/schemas";

type Clinician = { id: string; name: string; title: string };

export function BookingForm({ clinicians }: { clinicians: Clinician[] }) {
  const [lastResult, action, pending] = useActionState(bookAppointment, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bookAppointmentSchema }),
  });
  return (
    <form {...getFormProps(form)} action={action}>
      <select name={fields.clinicianId.name}>
        {clinicians.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title} {c.name}
          </option>
        ))}
      </select>
      <input {...getInputProps(fields.startsAt, { type: "datetime-local" })} />
      <input {...getInputProps(fields.reason, { type: "text" })} placeholder="Reason (optional)" />
      <p className="error">{form.errors}</p>
      <button disabled={pending}>Book</button>
    </form>
  );
}
