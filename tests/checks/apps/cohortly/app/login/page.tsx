import { redirect } from "next/navigation";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

export default function LoginPage() {
  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function login(formData: FormData) {
    "use server";
    const { email, password } = z.object({ email: z.string().email(), password: z.string().min(1) }).parse(Object.fromEntries(formData));
    const { success } = await authLimiter.limit(`page-login:${await clientIp()}`);
    if (!success) redirect("/login?error=rate");
    logger.info("staff.login_attempt", { email });
    await signIn("credentials", { email, password, redirectTo: "/console" });
  }

  // Break-glass login for the on-call admin.
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit, missing-audit-log
  async function breakGlassLogin(formData: FormData) {
    "use server";
    const { email, password, pin } = z.object({ email: z.string().email(), password: z.string(), pin: z.string().regex(/^\d{4,8}$/) }).parse(Object.fromEntries(formData));
    const user = await prisma.staffUser.findUnique({ where: { email }, select: { passwordHash: true, role: true } });
    // ruleid: timing-unsafe-comparison
    if (!user || user.role !== "ADMIN" || pin !== process.env.BREAK_GLASS_PIN) redirect("/login?error=1");
    // ok: timing-unsafe-comparison
    if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) redirect("/login?error=1");
    await signIn("credentials", { email, password, redirectTo: "/admin" });
  }

  return (
    <main>
      <form action={login}><input name="email" /><input name="password" type="password" /><button>Sign in</button></form>
      <details><summary>Break glass</summary><form action={breakGlassLogin}><input name="email" /><input name="password" type="password" /><input name="pin" /><button>Enter</button></form></details>
    </main>
  );
}
