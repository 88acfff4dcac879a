"use client";

import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { useAction } from "next-safe-action/hooks";
import { requestQuote } from "@/app/quote/actions";

const schema = z.object({ email: z.string().email(), sourceLang: z.string().length(2), targetLang: z.string().length(2), wordCount: z.coerce.number().int().min(1) });

export function QuoteForm() {
  const { execute, result } = useAction(requestQuote);
  const [form, fields] = useForm({
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    onSubmit: (e, { formData }) => {
      e.preventDefault();
      execute(Object.fromEntries(formData) as any);
    },
  });
  return (
    <form id={form.id} onSubmit={form.onSubmit}>
      <input name={fields.email.name} type="email" placeholder="you@company.com" />
      <input name={fields.sourceLang.name} placeholder="en" />
      <input name={fields.targetLang.name} placeholder="de" />
      <input name={fields.wordCount.name} type="number" />
      <button>Get quote</button>
      {result.data && <p>Estimated: €{(result.data.estimateCents / 100).toFixed(2)}</p>}
    </form>
  );
}
