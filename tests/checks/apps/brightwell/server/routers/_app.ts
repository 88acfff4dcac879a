import { router } from "@/lib/trpc/init";
import { shiftsRouter } from "@/server/routers/shifts";
import { donationsRouter } from "@/server/routers/donations";
import { adminRouter } from "@/server/routers/admin";

export const appRouter = router({ shifts: shiftsRouter, donations: donationsRouter, admin: adminRouter });
export type AppRouter = typeof appRouter;
