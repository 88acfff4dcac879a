import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import bcrypt from "bcryptjs";
import { createSession } from "@/lib/session/create";
import { LoginForm } from "@/components/LoginForm";
import { checkRateLimit } from "@/lib/ratelimit";
import { logger } from "@/lib/log/logger";

export default function LoginPage() {
  // Quick sign-in used by the "demo agency" button.
  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function demoSignIn(formData: FormData) {
    "use server";
    if (!(await checkRateLimit("demo-login"))) return;
    const { email, password } = z.object({ email: z.string().email(), password: z.string() }).parse(Object.fromEntries(formData));
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true, passwordHash: true } });
    // ok: timing-unsafe-comparison
    if (!user?.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
      logger.warn("auth.demo_login_failed", { email });
      return;
    }
    logger.info("auth.demo_login", { userId: user.id });
    await createSession(user.id, user.role);
    redirect("/dashboard");
  }

  return (
    <main>
      <LoginForm />
      <form action={demoSignIn}>
        <input name="email" defaultValue="demo@quillmere.com" />
        <input name="password" type="password" />
        <button>Try the demo</button>
      </form>
    </main>
  );
}
