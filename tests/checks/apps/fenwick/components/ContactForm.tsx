"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { submitContact } from "@/app/actions/contact";
import { contactSchema } from "@/lib/validation/schemas";

export function ContactForm() {
  const [lastResult, action, pending] = useActionState(submitContact, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: contactSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <form {...getFormProps(form)} action={action}>
      <input {...getInputProps(fields.name, { type: "text" })} placeholder="Your name" />
      <input {...getInputProps(fields.email, { type: "email" })} placeholder="Email" />
      <select name={fields.topic.name} defaultValue="general">
        <option value="general">General</option>
        <option value="billing">Billing</option>
        <option value="records">Records</option>
        <option value="feedback">Feedback</option>
      </select>
      <textarea {...getTextareaProps(fields.message)} />
      <p className="error">{form.errors}</p>
      <button disabled={pending}>Send</button>
    </form>
  );
}
