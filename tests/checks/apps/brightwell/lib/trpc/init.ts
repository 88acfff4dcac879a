import { initTRPC, TRPCError } from "@trpc/server";
import { experimental_nextAppDirCaller } from "@trpc/server/adapters/next-app-dir";
import superjson from "superjson";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

export async function createContext() {
  const session = await getServerSession(authOptions);
  return { session, db };
}

const t = initTRPC.context<typeof createContext>().create({ transformer: superjson });

export const router = t.router;
export const publicProcedure = t.procedure;

export const protectedProcedure = t.procedure.use(async ({ ctx, next }) => {
  if (!ctx.session?.user?.email) throw new TRPCError({ code: "UNAUTHORIZED" });
  const user = await db.user.findUnique({ where: { email: ctx.session.user.email }, select: { id: true, activeSchoolId: true, isSuperAdmin: true } });
  if (!user?.activeSchoolId) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: { id: user.id, schoolId: user.activeSchoolId, isSuperAdmin: user.isSuperAdmin } } });
});

export const superAdminProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user.isSuperAdmin) throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});

// Procedures callable as server actions (tRPC v11 experimental caller).
export const actionProcedure = protectedProcedure.experimental_caller(
  experimental_nextAppDirCaller({ createContext, normalizeFormData: true }),
);
