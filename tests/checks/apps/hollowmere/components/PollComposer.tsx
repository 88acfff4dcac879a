"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { createPoll } from "@/app/actions/polls";
import { pollSchema } from "@/lib/validation/polls";

export function PollComposer({ buildingId }: { buildingId: string }) {
  const [lastResult, action] = useActionState(createPoll.bind(null, buildingId), undefined);
  const [form, fields] = useForm({ lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: pollSchema }) });
  const options = fields.options.getFieldList();
  return (
    <form {...getFormProps(form)} action={action}>
      <input {...getInputProps(fields.question, { type: "text" })} placeholder="Question" />
      {options.map((o) => (
        <input key={o.key} {...getInputProps(o, { type: "text" })} />
      ))}
      <button {...form.insert.getButtonProps({ name: fields.options.name })}>Add option</button>
      <input {...getInputProps(fields.closesAt, { type: "datetime-local" })} />
      <button>Open poll</button>
    </form>
  );
}
