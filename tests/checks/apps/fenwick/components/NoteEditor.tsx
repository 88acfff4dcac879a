"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getTextareaProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { createVisitNote } from "@/app/actions/notes";
import { visitNoteSchema } from "@/lib/validation/schemas";

export function NoteEditor({ patientId }: { patientId: string }) {
  const [lastResult, action, pending] = useActionState(createVisitNote, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: visitNoteSchema }),
  });
  return (
    <form {...getFormProps(form)} action={action}>
      <input type="hidden" name="patientId" value={patientId} />
      <textarea {...getTextareaProps(fields.subjective)} placeholder="S" />
      <textarea {...getTextareaProps(fields.objective)} placeholder="O" />
      <textarea {...getTextareaProps(fields.assessment)} placeholder="A" />
      <textarea {...getTextareaProps(fields.plan)} placeholder="P" />
      <button disabled={pending}>Save draft</button>
    </form>
  );
}
