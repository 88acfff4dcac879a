import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signUpSchema } from "@/lib/validators";
import { rateLimitByIp } from "@/lib/ratelimit";

export default function SignupPage() {
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function register(formData: FormData) {
    "use server";
    await rateLimitByIp("register");
    const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) redirect("/signup?error=invalid");
    const coop = await prisma.coop.findUnique({ where: { slug: parsed.data.coopSlug }, select: { id: true } });
    if (!coop) redirect("/signup?error=coop");
    // ok: mass-assignment
    await prisma.user.create({ data: { email: parsed.data.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12), coopId: coop.id } });
    redirect("/login");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function registerInstaller(formData: FormData) {
    "use server";
    const parsed = signUpSchema.extend({ company: signUpSchema.shape.name }).safeParse(Object.fromEntries(formData));
    if (!parsed.success) return;
    const coop = await prisma.coop.findUnique({ where: { slug: parsed.data.coopSlug }, select: { id: true } });
    if (!coop) return;
    // ok: mass-assignment
    await prisma.installer.create({ data: { email: parsed.data.email, company: parsed.data.company, licenseNumber: "pending", hashedPassword: await bcrypt.hash(parsed.data.password, 12), coopId: coop.id, active: false } });
  }

  return (
    <main>
      <form action={register}>
        <input name="email" /><input name="password" type="password" /><input name="name" /><input name="coopSlug" />
        <button>Join</button>
      </form>
      <form action={registerInstaller}>
        <input name="email" /><input name="password" type="password" /><input name="name" /><input name="company" /><input name="coopSlug" />
        <button>Register as installer</button>
      </form>
    </main>
  );
}
