import { redirect } from "next/navigation";
import * as v from "valibot";
import { auth } from "@/lib/auth/volunteer";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";

const JoinSchema = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(10)), name: v.pipe(v.string(), v.maxLength(120)) });

export default function JoinPage() {
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function join(formData: FormData) {
    "use server";
    const input = v.parse(JoinSchema, Object.fromEntries(formData));
    await rateLimitByIp("join");
    await auth.api.signUpEmail({ body: input });
    redirect("/join/check-email");
  }

  // Pop-up sign-up on study pages; sets up the volunteer row directly.
  // ok: missing-auth
  // ruleid: missing-input-validation, missing-rate-limit
  async function quickJoin(formData: FormData) {
    "use server";
    const fields = Object.fromEntries(formData) as Record<string, string>;
    const result = await auth.api.signUpEmail({ body: { email: fields.email, password: fields.password, name: fields.name ?? "" } });
    // ruleid: mass-assignment
    await prisma.volunteer.update({ where: { id: result.user.id }, data: { ...fields } });
    redirect("/me");
  }

  return (
    <main>
      <form action={join}><input name="email" /><input name="password" type="password" /><input name="name" /><button>Join</button></form>
      <form action={quickJoin}><input name="email" /><input name="password" type="password" /><button>Quick join</button></form>
    </main>
  );
}
