import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";

export const kioskProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Kiosk not signed in");
  return { userId: user.id as string };
});

export const technicianProcedure = createServerActionProcedure(kioskProcedure).handler(async ({ ctx }) => {
  const m = await prisma.membership.findFirst({
    where: { userId: ctx.userId, role: "technician" },
    select: { companyId: true },
  });
  if (!m) throw new Error("Technicians only");
  return { userId: ctx.userId, companyId: m.companyId };
});
