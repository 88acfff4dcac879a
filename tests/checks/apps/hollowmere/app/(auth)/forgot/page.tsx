"use client";

import { useActionState } from "react";
import { useForm, getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { forgotPassword, sendMagicLink } from "@/app/actions/auth";
import { emailOnlySchema } from "@/lib/validation/auth";

export default function ForgotPage() {
  const [lastResult, action, pending] = useActionState(forgotPassword, undefined);
  const [magicResult, magicAction] = useActionState(sendMagicLink, undefined);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emailOnlySchema }),
  });
  return (
    <div className="max-w-sm space-y-4">
      <h1>Reset your password</h1>
      <form {...getFormProps(form)} action={action}>
        <input {...getInputProps(fields.email, { type: "email" })} />
        <p className="error">{fields.email.errors}</p>
        <p className="error">{form.errors}</p>
        <button disabled={pending}>Send reset link</button>
      </form>
      <form action={magicAction}>
        <input name="email" type="email" required />
        <button>Email me a sign-in link instead</button>
        {magicResult?.status === "success" && <p>Check your inbox.</p>}
      </form>
    </div>
  );
}
