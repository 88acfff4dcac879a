import { withAuth } from "@kinde-oss/kinde-auth-nextjs/middleware";
import type { NextRequest } from "next/server";

// Staff pages only. The owner portal checks its Lucia cookie in each page/action.
export default withAuth(async function middleware(_req: NextRequest) {}, {
  isReturnToCurrentPage: true,
  publicPaths: ["/", "/clinics", "/contact", "/portal", "/api/webhooks", "/api/cron", "/api/public"],
});

export const config = {
  matcher: ["/staff/:path*", "/admin/:path*"],
};
