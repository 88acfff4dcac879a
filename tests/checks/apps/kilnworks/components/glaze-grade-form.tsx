"use client";

import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { gradeSchema } from "@/lib/validation/schemas";
import { gradeTest } from "@/app/teach/grading/actions";

export function GlazeGradeForm({ testId }: { testId: string }) {
  const [form, fields] = useForm({
    onValidate: ({ formData }) => parseWithZod(formData, { schema: gradeSchema }),
  });
  return (
    <form id={form.id} onSubmit={form.onSubmit} action={gradeTest}>
      <input type="hidden" name="testId" value={testId} />
      <input name={fields.grade.name} type="number" min={0} max={10} />
      <textarea name={fields.feedback.name} />
      <button>Save grade</button>
    </form>
  );
}
